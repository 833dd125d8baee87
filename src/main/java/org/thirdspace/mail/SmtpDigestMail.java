package org.thirdspace.mail;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.thirdspace.application.digest.Digest;
import org.thirdspace.application.digest.DigestMail;
import org.thirdspace.application.digest.MailNotSent;
import org.thirdspace.config.ToolSettings;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Deque;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Digests through Jakarta Mail (Angus Mail, which Payara provides) to the configured SMTP server.
 * Each message carries the one-click unsubscribe headers of RFC 8058 ({@code List-Unsubscribe}
 * with an https — or, in development, http — URL, and {@code List-Unsubscribe-Post}), marks itself
 * as automatically generated (RFC 3834 {@code Auto-Submitted}), and has the Message-ID the digest
 * was given, so that a digest sent again after a lost acknowledgement is recognisably the same.
 */
@ApplicationScoped
public class SmtpDigestMail implements DigestMail {

    private ToolSettings settings;
    private volatile Session session;
    /**
     * Open connections not in use: a sender takes one for a message (one message per SMTP
     * transaction, RFC 5321 §3.3) and gives it back, so a run's senders each keep one for the run;
     * a connection that failed is closed, not given back.
     */
    private final Deque<Transport> idle = new ConcurrentLinkedDeque<>();

    protected SmtpDigestMail() {
    }

    @Inject
    public SmtpDigestMail(ToolSettings settings) {
        this.settings = settings;
    }

    @Override
    public void send(Digest digest, String unsubscribeLink) {
        DigestEmail email = new DigestEmail(digest, unsubscribeLink);
        try {
            MimeMessage message = new FixedIdMessage(session(), digest.messageId());
            message.setFrom(new InternetAddress(settings.mailFrom(), true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(digest.recipient().email(), true));
            message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            message.setHeader("Content-Language", email.language());
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setHeader("List-Unsubscribe", "<" + unsubscribeLink + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(email.text(), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
            // multipart/alternative: the last part is the preferred one (RFC 2046 §5.1.4).
            MimeMultipart alternatives = new MimeMultipart("alternative", text, html);
            message.setContent(alternatives);
            message.saveChanges();
            deliver(message);
        } catch (AddressException e) {
            throw new MailNotSent("the address is not one SMTP can take", e);
        } catch (MessagingException e) {
            throw new MailNotSent("the SMTP server did not take the message: " + e.getMessage(), e);
        }
    }

    private void deliver(MimeMessage message) throws MessagingException {
        Transport transport = connected();
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            close(transport);
            throw e;
        }
        idle.push(transport);
    }

    private Transport connected() throws MessagingException {
        for (Transport open = idle.poll(); open != null; open = idle.poll()) {
            if (open.isConnected()) {
                return open;
            }
            close(open);
        }
        Transport fresh = session().getTransport();
        if (settings.smtpUser().isEmpty()) {
            fresh.connect();
        } else {
            fresh.connect(settings.smtpUser(), settings.smtpPassword());
        }
        return fresh;
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // The connection is gone either way.
        }
    }

    @PreDestroy
    void close() {
        for (Transport open = idle.poll(); open != null; open = idle.poll()) {
            close(open);
        }
    }

    private Session session() {
        Session current = session;
        if (current == null) {
            Properties properties = new Properties();
            String timeout = String.valueOf(settings.mailTimeout().toMillis());
            boolean tls = settings.smtpTls().equals("tls");
            String protocol = tls ? "smtps" : "smtp";
            properties.put("mail.transport.protocol", protocol);
            properties.put("mail." + protocol + ".host", settings.smtpHost());
            properties.put("mail." + protocol + ".port", String.valueOf(settings.smtpPort()));
            properties.put("mail." + protocol + ".connectiontimeout", timeout);
            properties.put("mail." + protocol + ".timeout", timeout);
            properties.put("mail." + protocol + ".writetimeout", timeout);
            properties.put("mail." + protocol + ".auth", String.valueOf(!settings.smtpUser().isEmpty()));
            if (settings.smtpTls().equals("starttls")) {
                // Required, not opportunistic: credentials and addresses never cross in plain text.
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
            }
            if (!settings.smtpTls().equals("none")) {
                properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
            }
            current = Session.getInstance(properties);
            session = current;
        }
        return current;
    }

    /** A message whose Message-ID is the digest's own, not one Jakarta Mail makes up on saving. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
