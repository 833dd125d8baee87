package org.thirdspace.http.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.config.ToolSettings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The operator's credential of a development installation: with the LMS emulator on (the run
 * command; never in production), a newcomer has no {@code THIRDSPACE_ADMIN_TOKEN} to type into the
 * console, so the emulator opens the console as the operator with this credential instead. It is
 * drawn at random for each process and lives only in its memory, so nothing of it is configured,
 * stored or written to a log; with the emulator off it does not exist and nothing accepts it.
 */
@ApplicationScoped
public class DevelopmentOperator {

    /** Never mistaken for a session token ({@link SessionTokens#looksLikeSessionToken}). */
    private static final String PREFIX = "dev-operator-";

    private ToolSettings settings;
    private String credential;

    protected DevelopmentOperator() {
    }

    @Inject
    public DevelopmentOperator(ToolSettings settings) {
        this.settings = settings;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.credential = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The credential the emulator hands to the console, only while the emulator is on. */
    public Optional<String> credential() {
        return settings.emulatorEnabled() ? Optional.of(credential) : Optional.empty();
    }

    /** Whether a bearer credential is this one, compared in constant time; never with the emulator off. */
    public boolean accepts(String bearer) {
        return bearer != null && settings.emulatorEnabled()
                && MessageDigest.isEqual(bearer.getBytes(StandardCharsets.UTF_8), credential.getBytes(StandardCharsets.UTF_8));
    }
}
