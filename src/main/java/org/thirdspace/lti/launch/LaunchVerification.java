package org.thirdspace.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.lti.LtiRejection;
import org.thirdspace.lti.oidc.BrowserBinding;
import org.thirdspace.lti.oidc.OidcLogin;
import org.thirdspace.lti.oidc.OidcLogins;
import org.thirdspace.lti.platform.DeploymentGate;
import org.thirdspace.lti.platform.PlatformRegistration;
import org.thirdspace.lti.platform.RegistrationCache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The whole check of an id_token POSTed to the redirect URI (1EdTech Security Framework §5.1.3,
 * LTI Core 1.3 §5.3): the state names a login this tool started and is bound to this browser
 * (cookie or LTI Platform Storage); the token verifies against that login's registration; its
 * nonce is the login's; the LTI claims are complete; the deployment is the one announced at login
 * and is active; and the login is consumed, once — where it can be, in the statement that finds it
 * ({@link OidcLogins#claimForLaunch}). It runs inside the launch's transaction (see
 * {@link LaunchAcceptance}): a launch that any check refuses leaves the login unconsumed.
 */
@ApplicationScoped
public class LaunchVerification {

    @Inject
    OidcLogins logins;

    @Inject
    RegistrationCache registrations;

    @Inject
    IdTokenVerifier verifier;

    @Inject
    DeploymentGate deployments;

    @Inject
    MigrationClaim migrationClaim;

    public LaunchCheck verify(String idToken, String state, String cookieBinding, String storageBinding, Instant now) {
        if (idToken == null || idToken.isEmpty() || state == null || state.isEmpty()) {
            throw new LtiRejection(400, "lti.launch.bad-request", "launch without id_token or state");
        }
        if (idToken.length() > IdTokenVerifier.MAX_TOKEN_CHARS) {
            throw new LtiRejection(413, "lti.launch.invalid-token", "id_token of " + idToken.length() + " characters");
        }
        if (state.length() > 64) {
            throw new LtiRejection(401, "lti.launch.unknown-state", "state longer than any state this tool mints");
        }
        Optional<SignedJWT> token = IdTokenVerifier.unverified(idToken);
        Optional<OidcLogin> claimed = claim(state, token, cookieBinding, storageBinding, now);
        OidcLogin login = claimed.or(() -> logins.findForLaunch(state))
                .orElseThrow(() -> new LtiRejection(401, "lti.launch.unknown-state", "no login with this state"));
        if (claimed.isEmpty() && login.isConsumed()) {
            throw new LtiRejection(401, "lti.launch.unknown-state", "state and nonce already used (replay)");
        }
        if (login.isExpired(now)) {
            throw new LtiRejection(401, "lti.launch.unknown-state", "login expired at " + login.expiresAt());
        }
        PlatformRegistration registration = registrations.find(login.registrationId())
                .filter(PlatformRegistration::isActive)
                .orElseThrow(() -> new LtiRejection(403, "lti.login.platform-not-active",
                        "registration " + login.registrationId() + " is gone or not active", ""));

        boolean bound = BrowserBinding.matches(cookieBinding, login.browserBindingHash())
                || BrowserBinding.matches(storageBinding, login.browserBindingHash());
        if (!bound) {
            if (login.usesPlatformStorage() && storageBinding == null) {
                return new LaunchCheck.NeedsPlatformStorage(login, registration.platformOrigin());
            }
            throw new LtiRejection(401, "lti.launch.browser-mismatch",
                    "state not bound to this browser (no matching cookie or platform storage value)")
                    .withRestart(restartParameters(login, registration));
        }

        JWTClaimsSet claims = token.isPresent() ? verifier.verify(token.get(), registration, now) : verifier.verify(idToken, registration, now);
        checkNonce(claims, login);
        LtiLaunch launch = LaunchMessageReader.read(claims, registration.id(), registration.clientId());
        if (login.deploymentHint() != null && !login.deploymentHint().equals(launch.deploymentId())) {
            throw new LtiRejection(401, "lti.launch.invalid-token", "deployment_id " + launch.deploymentId()
                    + " differs from the login's lti_deployment_id " + login.deploymentHint());
        }
        // A deep linking request may leave target_link_uri out; the login's was checked against the registration.
        if (launch.targetLinkUri() != null && !login.targetLinkUri().equals(launch.targetLinkUri())) {
            throw new LtiRejection(400, "lti.launch.bad-message", "target_link_uri differs from the login's");
        }
        deployments.admit(registration, launch.deploymentId(), now);
        if (claimed.isEmpty() && !logins.consume(state, now, claims.getExpirationTime().toInstant())) {
            throw new LtiRejection(401, "lti.launch.unknown-state", "state and nonce already used (concurrent replay)");
        }
        return new LaunchCheck.Verified(launch, migrationClaim.verifiedUserId(claims, registration, launch.deploymentId()).orElse(null));
    }

    /**
     * The login consumed in the statement that finds it, when the token names an expiry and the
     * browser presents a binding (one round trip instead of two); every check below still runs,
     * and a refusal rolls the consumption back with the launch's transaction.
     */
    private Optional<OidcLogin> claim(String state, Optional<SignedJWT> token, String cookieBinding, String storageBinding,
                                      Instant now) {
        Instant keepUntil = token.map(LaunchVerification::expiry).orElse(null);
        List<String> bindings = Stream.of(cookieBinding, storageBinding).filter(b -> b != null && !b.isEmpty())
                .map(BrowserBinding::hash).toList();
        return keepUntil == null || bindings.isEmpty() ? Optional.empty() : logins.claimForLaunch(state, bindings, now, keepUntil);
    }

    private static Instant expiry(SignedJWT token) {
        try {
            Date exp = token.getJWTClaimsSet().getExpirationTime();
            return exp == null ? null : exp.toInstant();
        } catch (ParseException e) {
            return null;
        }
    }

    private static void checkNonce(JWTClaimsSet claims, OidcLogin login) {
        String nonce;
        try {
            nonce = claims.getStringClaim("nonce");
        } catch (ParseException e) {
            nonce = null;
        }
        if (nonce == null || !MessageDigest.isEqual(nonce.getBytes(StandardCharsets.UTF_8),
                login.nonce().getBytes(StandardCharsets.UTF_8))) {
            throw new LtiRejection(401, "lti.launch.invalid-token", "nonce does not match the login's");
        }
    }

    private static Map<String, String> restartParameters(OidcLogin login, PlatformRegistration registration) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("iss", registration.issuer());
        parameters.put("client_id", registration.clientId());
        parameters.put("login_hint", login.loginHint());
        parameters.put("target_link_uri", login.targetLinkUri());
        if (login.messageHint() != null) {
            parameters.put("lti_message_hint", login.messageHint());
        }
        if (login.deploymentHint() != null) {
            parameters.put("lti_deployment_id", login.deploymentHint());
        }
        return parameters;
    }
}
