package org.thirdspace.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.lti.platform.ConsumerKeySign;
import org.thirdspace.lti.platform.Lti11Consumer;
import org.thirdspace.lti.platform.Lti11Consumers;
import org.thirdspace.lti.platform.Lti11Secrets;
import org.thirdspace.lti.platform.PlatformRegistration;

import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The LTI 1.1 migration claim of an LTI 1.3 launch ({@code https://purl.imsglobal.org/spec/lti/claim/lti1p1},
 * 1EdTech LTI Migration Guide §"LTI 1.1 migration claim"): the person's LTI 1.1 {@code user_id}, the
 * 1.1 {@code oauth_consumer_key}, and {@code oauth_consumer_key_sign}, proof that the platform holds
 * that key's secret ({@link ConsumerKeySign}). Only a claim whose key is this organisation's and whose
 * sign verifies names a 1.1 person; anything else is ignored (the launch itself was verified and
 * proceeds), with the reason logged without personal data.
 */
@ApplicationScoped
public class MigrationClaim {

    private static final Logger LOG = Logger.getLogger(MigrationClaim.class.getName());

    @Inject
    Lti11Consumers consumers;

    @Inject
    Lti11Secrets secrets;

    public Optional<String> verifiedUserId(JWTClaimsSet claims, PlatformRegistration registration, String deploymentId) {
        Map<String, Object> claim;
        try {
            claim = claims.getJSONObjectClaim(LtiClaims.LTI1P1);
        } catch (ParseException e) {
            return ignored(registration, "the lti1p1 claim is not an object");
        }
        if (claim == null || !(claim.get("user_id") instanceof String userId) || userId.isEmpty()) {
            return Optional.empty(); // no 1.1 identity to migrate
        }
        if (userId.length() > Lti11Limits.MAX_USER_ID) {
            return ignored(registration, "lti1p1.user_id is longer than " + Lti11Limits.MAX_USER_ID + " characters");
        }
        if (!(claim.get("oauth_consumer_key") instanceof String key) || !(claim.get("oauth_consumer_key_sign") instanceof String sign)) {
            return ignored(registration, "lti1p1 without oauth_consumer_key or oauth_consumer_key_sign");
        }
        Lti11Consumer consumer = consumers.findByKey(key).filter(c -> c.organisationId().equals(registration.organisationId())).orElse(null);
        if (consumer == null) {
            return ignored(registration, "lti1p1.oauth_consumer_key is not this organisation's LTI 1.1 key");
        }
        String nonce;
        try {
            nonce = claims.getStringClaim("nonce");
        } catch (ParseException e) {
            nonce = null;
        }
        if (nonce == null || claims.getExpirationTime() == null || claims.getIssuer() == null) {
            return ignored(registration, "lti1p1 sign cannot be checked without nonce, exp and iss");
        }
        boolean valid = ConsumerKeySign.matches(sign, secrets.open(consumer), key, deploymentId, claims.getIssuer(),
                registration.clientId(), claims.getExpirationTime().toInstant().getEpochSecond(), nonce);
        if (!valid) {
            return ignored(registration, "lti1p1.oauth_consumer_key_sign does not verify with the key's secret");
        }
        return Optional.of(userId);
    }

    private static Optional<String> ignored(PlatformRegistration registration, String reason) {
        LOG.warning(() -> "LTI 1.1 migration claim ignored (registration " + registration.id() + "): " + reason);
        return Optional.empty();
    }
}
