package org.thirdspace.lti.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.secrets.KeySecret;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Makes LTI 1.1 consumer credentials and opens their sealed secrets. The key is public (it names
 * the organisation in every launch); the secret has 256 random bits and is sealed with AES-256-GCM
 * under the key secret, with organisation and key as associated data ({@link Lti11Consumer#sealingName}).
 */
@ApplicationScoped
public class Lti11Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    KeySecret keySecret;

    public static String newConsumerKey() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return "ts11-" + HexFormat.of().formatHex(bytes);
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String seal(String secret, UUID organisationId, String consumerKey) {
        return keySecret.sealer().seal(secret.getBytes(StandardCharsets.UTF_8), Lti11Consumer.sealingName(organisationId, consumerKey));
    }

    public String open(Lti11Consumer consumer) {
        return new String(keySecret.sealer().open(consumer.sealedSecret(),
                Lti11Consumer.sealingName(consumer.organisationId(), consumer.consumerKey())), StandardCharsets.UTF_8);
    }
}
