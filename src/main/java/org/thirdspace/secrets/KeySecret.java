package org.thirdspace.secrets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.config.ToolSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * The secret under which the tool's private keys and generated secrets are sealed at rest. It comes
 * from configuration ({@code thirdspace.keys.secret}); when none is configured a random one is
 * created once in the data folder, readable by the owner only, so that a newcomer's first start
 * needs no setup. A cluster must configure one shared secret.
 */
@ApplicationScoped
public class KeySecret {

    private static final Logger LOG = Logger.getLogger(KeySecret.class.getName());
    private static final String FILE_NAME = "key-secret";

    @Inject
    ToolSettings settings;

    private volatile KeySealer sealer;

    public KeySealer sealer() {
        KeySealer current = sealer;
        if (current == null) {
            synchronized (this) {
                if (sealer == null) {
                    sealer = new KeySealer(load());
                }
                current = sealer;
            }
        }
        return current;
    }

    private String load() {
        if (!settings.keySecret().isEmpty()) {
            return settings.keySecret();
        }
        Path file = settings.dataDir().resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
                    LOG.warning("No thirdspace.keys.secret configured: generated one in " + file
                            + ". Configure a shared secret before running more than one node.");
                } catch (FileAlreadyExistsException raced) {
                    // Another thread or process created it first; read theirs.
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key secret file " + file, e);
        }
    }
}
