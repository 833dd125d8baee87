package org.thirdspace.lti.lti11;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.lti.LtiRejection;
import org.thirdspace.lti.platform.Lti11Consumer;
import org.thirdspace.lti.platform.Lti11Consumers;
import org.thirdspace.lti.platform.Lti11Secrets;
import org.thirdspace.lti.platform.OAuthNonces;
import org.thirdspace.lti.platform.PlatformRegistration;
import org.thirdspace.lti.platform.RegistrationCache;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The whole check of an LTI 1.1 launch (IMS LTI 1.1 Implementation Guide §4, OAuth 1.0a): the
 * OAuth parameters are all there and say HMAC-SHA1; the consumer key is an organisation's, active,
 * and that organisation's registration is active; the timestamp is within {@link #WINDOW} of now;
 * the signature verifies for the URL the platform posted to (the configured base URL, which is what
 * the platform sees behind a proxy); the launch parameters are complete; and last, the nonce is
 * used once. Runs inside the launch's transaction: a launch refused later leaves its nonce unused.
 */
@ApplicationScoped
public class Lti11Verification {

    /** How far a launch's {@code oauth_timestamp} may be from the tool's clock, either way. */
    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final int MAX_NONCE = 128;

    @Inject
    Lti11Consumers consumers;

    @Inject
    Lti11Secrets secrets;

    @Inject
    OAuthNonces nonces;

    @Inject
    RegistrationCache registrations;

    /** A verified LTI 1.1 launch and the consumer it came with. */
    public record Verified(Lti11MessageReader.Read message, Lti11Consumer consumer) {
    }

    public Verified verify(Map<String, String> parameters, String launchUrl, Instant now) {
        String key = parameters.get("oauth_consumer_key");
        String signature = parameters.get("oauth_signature");
        String nonce = parameters.get("oauth_nonce");
        String timestamp = parameters.get("oauth_timestamp");
        if (isEmpty(key) || isEmpty(signature) || isEmpty(nonce) || isEmpty(timestamp)) {
            throw new LtiRejection(400, "lti11.launch.unsigned",
                    "LTI 1.1 launch without oauth_consumer_key, oauth_signature, oauth_nonce or oauth_timestamp");
        }
        if (!"HMAC-SHA1".equals(parameters.get("oauth_signature_method"))) {
            // LTI 1.1 Implementation Guide §4.1: HMAC-SHA1 only; PLAINTEXT would send the secret itself.
            throw new LtiRejection(400, "lti11.launch.unsigned", "oauth_signature_method " + parameters.get("oauth_signature_method")
                    + " is not HMAC-SHA1");
        }
        if (parameters.containsKey("oauth_version") && !"1.0".equals(parameters.get("oauth_version"))) {
            throw new LtiRejection(400, "lti11.launch.unsigned", "oauth_version is not 1.0");
        }
        Lti11Consumer consumer = key.length() > 64 ? null : consumers.findByKey(key).orElse(null);
        if (consumer == null) {
            throw new LtiRejection(401, "lti11.launch.unknown-key", "no organisation has this LTI 1.1 consumer key");
        }
        if (!consumer.isActive()) {
            throw new LtiRejection(403, "lti11.launch.key-disabled", "the LTI 1.1 consumer key of organisation "
                    + consumer.organisationId() + " is disabled");
        }
        PlatformRegistration registration = registrations.find(consumer.organisationId())
                .filter(PlatformRegistration::isActive)
                .orElseThrow(() -> new LtiRejection(403, "lti.login.platform-not-active",
                        "registration " + consumer.organisationId() + " is gone or not active", ""));
        Instant signedAt = timestamp(timestamp);
        if (signedAt == null || Duration.between(signedAt, now).abs().compareTo(WINDOW) > 0) {
            throw new LtiRejection(401, "lti11.launch.old-timestamp", "oauth_timestamp " + timestamp
                    + " is more than " + WINDOW.toMinutes() + " minutes from the tool's clock");
        }
        if (!OAuthLaunchSignature.verifies(parameters, launchUrl, secrets.open(consumer))) {
            throw new LtiRejection(401, "lti11.launch.bad-signature", "oauth_signature does not verify for " + launchUrl
                    + " with the secret of key " + key);
        }
        if (nonce.length() > MAX_NONCE) {
            throw new LtiRejection(400, "lti11.launch.unsigned", "oauth_nonce longer than " + MAX_NONCE + " characters");
        }
        Lti11MessageReader.Read message = Lti11MessageReader.read(parameters, registration.id(), launchUrl, now);
        // Kept until the timestamp leaves the window: after that the launch is refused as old anyway.
        if (!nonces.use(key, nonce, signedAt.plus(WINDOW).plusSeconds(1))) {
            throw new LtiRejection(401, "lti11.launch.replayed", "oauth_nonce already used with this key (replay)");
        }
        consumer.recordLaunch(now);
        return new Verified(message, consumer);
    }

    private static Instant timestamp(String value) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(value.trim()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }
}
