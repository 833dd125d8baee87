package org.thirdspace.emulator;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.database.DatabaseReady;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The run command's SMTP server: GreenMail on 127.0.0.1, keeping in memory every message the tool
 * sends, so that a newcomer reads the digests on the emulator's "Mail sent" page without
 * installing a mail server. Only with the emulator on and a sink port set; never in production.
 */
@ApplicationScoped
public class EmulatorMailSink {

    private static final Logger LOG = Logger.getLogger(EmulatorMailSink.class.getName());

    @Inject
    ToolSettings settings;

    private volatile GreenMail server;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        start();
    }

    synchronized void start() {
        int port = settings.emulatorMailSinkPort();
        if (!settings.emulatorEnabled() || port == 0 || server != null) {
            return;
        }
        try {
            GreenMail sink = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            sink.start();
            server = sink;
            LOG.info("Mail sink (GreenMail) on 127.0.0.1:" + port + "; messages at /emulator/mail");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The mail sink could not start on 127.0.0.1:" + port + " (port taken?); no mail is kept", e);
        }
    }

    public boolean running() {
        return server != null;
    }

    /** Every message received, oldest first. */
    public List<MimeMessage> messages() {
        GreenMail current = server;
        return current == null ? List.of() : List.of(current.getReceivedMessages());
    }

    @PreDestroy
    synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
