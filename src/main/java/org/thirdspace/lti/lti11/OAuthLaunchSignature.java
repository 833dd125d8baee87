package org.thirdspace.lti.lti11;

import org.imsglobal.lti.launch.LtiOauthVerifier;
import org.imsglobal.lti.launch.LtiVerificationException;
import org.imsglobal.lti.launch.LtiVerificationResult;

import java.util.Map;

/**
 * The OAuth 1.0a signature check of an LTI 1.1 launch, done by the IMS LTI library
 * (org.imsglobal:basiclti-util) through its servlet-free entry point
 * {@link LtiOauthVerifier#verifyParameters}: the signature base string over the POST parameters and
 * the launch URL the platform posted to, HMAC-SHA1 with {@code secret&} as key (LTI 1.1
 * Implementation Guide §4.1; OAuth 1.0a §9). Its other entry point takes a
 * {@code javax.servlet.http.HttpServletRequest}, a class Jakarta EE 10 has no more; it is never
 * called, so never loaded (docs/LTI.md).
 *
 * <p>The library checks the signature only. Its validator also judges the timestamp, but keeps no
 * nonce (basiclti-util-java #42): the window and the single use of nonces are {@link Lti11Verification}'s.
 */
final class OAuthLaunchSignature {

    private OAuthLaunchSignature() {
    }

    /** Whether the parameters (with {@code oauth_signature}) were signed for this URL with this secret. */
    static boolean verifies(Map<String, String> parameters, String launchUrl, String secret) {
        try {
            LtiVerificationResult result = new LtiOauthVerifier().verifyParameters(parameters, launchUrl, "POST", secret);
            return Boolean.TRUE.equals(result.getSuccess());
        } catch (LtiVerificationException | RuntimeException e) {
            return false;
        }
    }
}
