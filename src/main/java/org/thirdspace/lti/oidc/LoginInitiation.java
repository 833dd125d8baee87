package org.thirdspace.lti.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.lti.LtiRejection;
import org.thirdspace.lti.platform.PlatformRegistration;
import org.thirdspace.lti.platform.RegistrationCache;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Handles the platform's third-party login initiation (LTI Core 1.3 §5.1.1) and builds the OIDC
 * authentication request (1EdTech Security Framework §5.1.1.2). Nothing is redirected anywhere
 * until the registration and the target link have been checked: an unknown issuer or a target
 * outside the registration's hosts gets an error page, never a redirect (no open redirect).
 */
@ApplicationScoped
public class LoginInitiation {

    @Inject
    RegistrationCache registrations;

    @Inject
    OidcLogins logins;

    @Inject
    ToolSettings settings;

    public LoginStarted start(LoginRequest request) {
        require(request.issuer(), "iss", LoginRequest.MAX_URI);
        require(request.loginHint(), "login_hint", LoginRequest.MAX_HINT);
        require(request.targetLinkUri(), "target_link_uri", LoginRequest.MAX_URI);
        if (request.messageHint() != null && request.messageHint().length() > LoginRequest.MAX_MESSAGE_HINT) {
            throw new LtiRejection(400, "lti.login.bad-request", "lti_message_hint longer than "
                    + LoginRequest.MAX_MESSAGE_HINT, "lti_message_hint");
        }
        if (request.storageTarget() != null && !request.storageTarget().matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new LtiRejection(400, "lti.login.bad-request", "malformed lti_storage_target", "lti_storage_target");
        }
        if (request.deploymentHint() != null && request.deploymentHint().length() > 255) {
            throw new LtiRejection(400, "lti.login.bad-request", "deployment id longer than 255", "lti_deployment_id");
        }
        PlatformRegistration registration = resolve(request);
        checkTargetLink(registration, request.targetLinkUri());

        Instant now = Instant.now();
        String state = BrowserBinding.randomValue();
        String nonce = BrowserBinding.randomValue();
        String binding = BrowserBinding.randomValue();
        logins.add(new OidcLogin(state, nonce, registration.id(), BrowserBinding.hash(binding), request, now,
                now.plus(settings.stateTtl())));
        return new LoginStarted(state, nonce, binding, authenticationRequest(registration, request, state, nonce),
                request.storageTarget(), registration.platformOrigin(), registration.id());
    }

    private PlatformRegistration resolve(LoginRequest request) {
        PlatformRegistration registration;
        if (request.clientId() != null) {
            registration = registrations.find(request.issuer(), request.clientId())
                    .orElseThrow(() -> new LtiRejection(400, "lti.login.unknown-platform",
                            "no registration for issuer " + request.issuer() + " and client_id " + request.clientId(),
                            request.issuer()));
        } else {
            // Without client_id the issuer identifies the registration only if it has exactly one.
            List<PlatformRegistration> candidates = registrations.withIssuer(request.issuer());
            if (candidates.isEmpty()) {
                throw new LtiRejection(400, "lti.login.unknown-platform",
                        "no registration for issuer " + request.issuer(), request.issuer());
            }
            if (candidates.size() > 1) {
                throw new LtiRejection(400, "lti.login.ambiguous-platform",
                        "issuer " + request.issuer() + " has several registrations and the login sent no client_id",
                        request.issuer());
            }
            registration = candidates.get(0);
        }
        if (!registration.isActive()) {
            throw new LtiRejection(403, "lti.login.platform-not-active",
                    "registration " + registration.id() + " is " + registration.status(), registration.displayName());
        }
        return registration;
    }

    private static void checkTargetLink(PlatformRegistration registration, String targetLinkUri) {
        URI target;
        try {
            target = new URI(targetLinkUri);
        } catch (URISyntaxException e) {
            throw new LtiRejection(400, "lti.login.bad-target", "target_link_uri is not a URI");
        }
        if (!target.isAbsolute() || target.getHost() == null
                || !("https".equals(target.getScheme()) || "http".equals(target.getScheme()))) {
            throw new LtiRejection(400, "lti.login.bad-target", "target_link_uri is not an absolute http(s) URL");
        }
        String host = target.getHost().toLowerCase(Locale.ROOT);
        String hostAndPort = target.getPort() == -1 ? host : host + ":" + target.getPort();
        if (!registration.targetLinkHosts().contains(host) && !registration.targetLinkHosts().contains(hostAndPort)) {
            throw new LtiRejection(400, "lti.login.bad-target", "target_link_uri host " + hostAndPort
                    + " is not among the registration's target link hosts " + registration.targetLinkHosts());
        }
    }

    private URI authenticationRequest(PlatformRegistration registration, LoginRequest request, String state, String nonce) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("scope", "openid");
        parameters.put("response_type", "id_token");
        parameters.put("response_mode", "form_post");
        parameters.put("prompt", "none");
        parameters.put("client_id", registration.clientId());
        parameters.put("redirect_uri", settings.url("/lti/launch"));
        // Echoed unaltered, as the platform needs them to find the user and the launch context.
        parameters.put("login_hint", request.loginHint());
        if (request.messageHint() != null) {
            parameters.put("lti_message_hint", request.messageHint());
        }
        parameters.put("state", state);
        parameters.put("nonce", nonce);
        String query = parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String endpoint = registration.authorizationEndpoint();
        return URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + query);
    }

    private static void require(String value, String name, int max) {
        if (value == null) {
            throw new LtiRejection(400, "lti.login.bad-request", "login initiation without " + name, name);
        }
        if (value.length() > max) {
            throw new LtiRejection(400, "lti.login.bad-request", name + " longer than " + max, name);
        }
    }
}
