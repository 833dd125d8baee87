package org.thirdspace.application.courselink;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.secrets.ToolSecrets;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/**
 * The key that goes with a space's id in a link's custom parameters. Custom parameters survive
 * course copies, which is why a link names its space there; but in some LMSs teachers can type
 * custom parameters themselves, so an id alone must not let a course join any space of the
 * organisation. Only links the tool placed (Deep Linking) carry a key that matches.
 */
@ApplicationScoped
public class CommunityLinkKeys {

    private static final int KEY_BYTES = 16;

    private ToolSecrets secrets;

    protected CommunityLinkKeys() {
    }

    @Inject
    public CommunityLinkKeys(ToolSecrets secrets) {
        this.secrets = secrets;
    }

    public String keyFor(UUID organisationId, UUID spaceId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(organisationId, spaceId));
    }

    public boolean matches(UUID organisationId, UUID spaceId, String key) {
        if (key == null || key.isBlank()) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(key.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(given, mac(organisationId, spaceId));
    }

    private byte[] mac(UUID organisationId, UUID spaceId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.secret("community-link"), "HmacSHA256"));
            byte[] full = mac.doFinal((organisationId + "/" + spaceId).getBytes(StandardCharsets.US_ASCII));
            return Arrays.copyOf(full, KEY_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
