package org.thirdspace.emulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.owasp.encoder.Encode;
import org.thirdspace.http.page.PageTemplate;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * "Mail sent": the messages the tool sent to the run command's mail sink — subject, recipient and
 * date, newest first, and each message's text and HTML, headers included (to see the one-click
 * unsubscribe of RFC 8058). The HTML is shown as source, not rendered: the page stays inert.
 */
@ApplicationScoped
@Path("emulator/mail")
@Tag(name = "LMS emulator (development)")
public class EmulatorMailPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    EmulatorMailSink sink;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The messages the tool sent to the emulator's mail sink")
    public String list() throws MessagingException {
        StringBuilder html = new StringBuilder("<h1>Mail sent</h1>");
        if (!sink.running()) {
            return page(html.append("<p>No mail sink is running (set <code>thirdspace.emulator.mail-sink-port</code>; the run command uses 2525).</p>"));
        }
        List<MimeMessage> messages = sink.messages();
        html.append("<p class=\"ts-lead\">Every e-mail Thirdspace sent, kept in memory by the built-in SMTP sink until the server stops: ")
                .append(messages.size()).append(messages.size() == 1 ? " message." : " messages.").append("</p>");
        if (messages.isEmpty()) {
            html.append("<p>Nothing yet. Digests go out when they are due: in the run command a digest day lasts a minute, so a daily digest "
                    + "comes a minute after something happened for someone, a weekly one after seven.</p>");
            return page(html);
        }
        html.append("<table class=\"ts-table\"><thead><tr><th scope=\"col\">Subject</th><th scope=\"col\">To</th><th scope=\"col\">Date</th>"
                + "</tr></thead><tbody>");
        for (int i = messages.size() - 1; i >= 0; i--) {
            MimeMessage message = messages.get(i);
            html.append("<tr><td><a href=\"/emulator/mail/").append(i).append("\">").append(Encode.forHtml(String.valueOf(message.getSubject())))
                    .append("</a></td><td>").append(Encode.forHtml(String.join(", ", recipients(message)))).append("</td><td>")
                    .append(message.getSentDate() == null ? "" : WHEN.format(message.getSentDate().toInstant())).append("</td></tr>");
        }
        return page(html.append("</tbody></table>"));
    }

    @GET
    @Path("{index}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "One message the tool sent: headers, text and HTML")
    public String message(@PathParam("index") int index) throws MessagingException, IOException {
        List<MimeMessage> messages = sink.messages();
        if (index < 0 || index >= messages.size()) {
            throw new NotFoundException();
        }
        MimeMessage message = messages.get(index);
        StringBuilder html = new StringBuilder("<p><a href=\"/emulator/mail\">All mail sent</a></p><h1>")
                .append(Encode.forHtml(String.valueOf(message.getSubject()))).append("</h1><dl class=\"emu-headers\">");
        for (String name : List.of("From", "To", "Date", "Message-ID", "List-Unsubscribe", "List-Unsubscribe-Post", "Auto-Submitted")) {
            String[] values = message.getHeader(name);
            if (values != null) {
                html.append("<dt>").append(Encode.forHtml(name)).append("</dt><dd><code>").append(Encode.forHtml(String.join(", ", values)))
                        .append("</code></dd>");
            }
        }
        html.append("</dl>");
        appendParts(message, html);
        return page(html);
    }

    private static void appendParts(Part part, StringBuilder html) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                appendParts(child, html);
            }
            return;
        }
        String label = part.isMimeType("text/html") ? "HTML part (source)" : part.isMimeType("text/plain") ? "Text part" : part.getContentType();
        html.append("<h2>").append(Encode.forHtml(label)).append("</h2><pre class=\"emu-mail-body\">")
                .append(Encode.forHtml(String.valueOf(content))).append("</pre>");
    }

    private static List<String> recipients(MimeMessage message) throws MessagingException {
        return message.getAllRecipients() == null ? List.of()
                : java.util.Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
    }

    private static String page(StringBuilder content) {
        return PageTemplate.named("emulator-page").render(Map.of("title", "Mail sent", "organisation", EmulatorDirectory.ORGANISATION,
                "content", content.toString()));
    }
}
