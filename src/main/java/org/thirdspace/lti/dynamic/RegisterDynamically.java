package org.thirdspace.lti.dynamic;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.lti.http.GuardedHttpClient;
import org.thirdspace.lti.http.OutboundRefused;
import org.thirdspace.lti.http.OutboundResponse;
import org.thirdspace.lti.platform.InvalidRegistration;
import org.thirdspace.lti.platform.PlatformEndpoints;
import org.thirdspace.lti.platform.PlatformRegistration;
import org.thirdspace.lti.platform.RegistrationOrigin;
import org.thirdspace.lti.registration.RegisterPlatform;
import org.thirdspace.lti.registration.RegistrationCommand;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * LTI Dynamic Registration 1.0 §3, from the tool's side: fetch the platform's OpenID configuration
 * (through the guarded client: https, no private address, size cap), check it, post the tool's
 * client registration with the platform's registration token as bearer (§3.5.2), and keep the
 * answer's client id (and deployment id, when the platform gives one) as a platform registration.
 * It is pending until the operator approves it, unless the setting
 * {@code thirdspace.lti.dynamic-registration.approved} says otherwise (LTI.md negative test 18).
 *
 * <p>Nothing is written until the platform has answered with a client id; a refusal at any step
 * leaves no registration behind.
 */
@ApplicationScoped
public class RegisterDynamically {

    private static final Logger LOG = Logger.getLogger(RegisterDynamically.class.getName());
    static final Administrator DYNAMIC_REGISTRATION = new Administrator("lti-dynamic-registration", null);

    private GuardedHttpClient http;
    private RegisterPlatform registerPlatform;
    private ToolSettings settings;

    protected RegisterDynamically() {
    }

    @Inject
    public RegisterDynamically(GuardedHttpClient http, RegisterPlatform registerPlatform, ToolSettings settings) {
        this.http = http;
        this.registerPlatform = registerPlatform;
        this.settings = settings;
    }

    public PlatformRegistration register(String openidConfiguration, String registrationToken) {
        URI configurationUrl = configurationUrl(openidConfiguration);
        PlatformConfiguration platform = PlatformConfiguration.read(fetch(configurationUrl), configurationUrl, http.policy());
        ClientRegistered answer = post(platform, registrationToken);
        RegistrationCommand command = new RegistrationCommand(platform.issuer(), answer.clientId(), endpoints(platform),
                settings.dynamicRegistrationApproved() ? "active" : "pending",
                answer.deploymentId() == null ? List.of()
                        : List.of(new RegistrationCommand.DeploymentCommand(answer.deploymentId(), "active", null)));
        try {
            PlatformRegistration registration = registerPlatform.registerDynamically(DYNAMIC_REGISTRATION, command);
            LOG.info(() -> "dynamic registration of " + platform.issuer() + " client " + answer.clientId() + " stored as "
                    + registration.status());
            return registration;
        } catch (Conflict e) {
            throw new RegistrationRefused("already-registered", "The platform " + platform.issuer() + " has already registered "
                    + "Thirdspace with client id " + answer.clientId() + ".");
        } catch (InvalidRegistration | InvalidRequest e) {
            throw new RegistrationRefused("endpoint-refused", "The platform's configuration cannot be registered: " + e.getMessage());
        }
    }

    private static URI configurationUrl(String value) {
        if (value == null || value.isBlank()) {
            throw new RegistrationRefused("no-configuration", "The registration link has no openid_configuration parameter.");
        }
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw new URISyntaxException(value, "not absolute");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new RegistrationRefused("no-configuration", "The openid_configuration parameter is not an absolute URL.");
        }
    }

    private String fetch(URI configurationUrl) {
        OutboundResponse response;
        try {
            response = http.get(configurationUrl, Map.of("Accept", "application/json"));
        } catch (OutboundRefused e) {
            throw new RegistrationRefused("configuration-refused", "The platform's OpenID configuration was not fetched: "
                    + e.getMessage() + ".");
        }
        if (!response.isSuccess()) {
            throw new RegistrationRefused("configuration-refused", "The platform answered HTTP " + response.status()
                    + " for its OpenID configuration.");
        }
        return response.body();
    }

    private ClientRegistered post(PlatformConfiguration platform, String registrationToken) {
        String body = ToolRegistrationRequest.json(settings.baseUrl(), platform);
        Map<String, String> headers = registrationToken == null || registrationToken.isBlank()
                ? Map.of("Accept", "application/json")
                : Map.of("Accept", "application/json", "Authorization", "Bearer " + registrationToken);
        OutboundResponse response;
        try {
            response = http.postJson(URI.create(platform.registrationEndpoint()), body, headers);
        } catch (OutboundRefused e) {
            throw new RegistrationRefused("registration-failed", "The platform's registration endpoint was not reached: "
                    + e.getMessage() + ".");
        }
        if (!response.isSuccess()) {
            throw new RegistrationRefused("registration-failed", "The platform's registration endpoint answered HTTP "
                    + response.status() + errorOf(response.body()) + ".");
        }
        return ClientRegistered.read(response.body());
    }

    /** OpenID Connect Dynamic Client Registration 1.0 §3.3: {@code error} and {@code error_description}. */
    private static String errorOf(String body) {
        try {
            Map<String, Object> json = JSONObjectUtils.parse(body);
            Object error = json.get("error");
            Object description = json.get("error_description");
            if (error instanceof String e) {
                String text = description instanceof String d ? e + ": " + d : e;
                return " (" + (text.length() > 300 ? text.substring(0, 300) + "…" : text) + ")";
            }
        } catch (ParseException | RuntimeException e) {
            // Not a JSON error document: the status says enough.
        }
        return "";
    }

    private PlatformEndpoints endpoints(PlatformConfiguration platform) {
        URI issuer = URI.create(platform.issuer());
        URI base = settings.baseUrl();
        String toolHost = base.getPort() == -1 ? base.getHost() : base.getHost() + ":" + base.getPort();
        String name = (platform.productFamilyCode() == null ? "" : platform.productFamilyCode() + " at ") + issuer.getHost();
        return new PlatformEndpoints(name.length() > 200 ? name.substring(0, 200) : name, platform.authorizationEndpoint(),
                platform.tokenEndpoint(), platform.authorizationServer(), platform.jwksUri(), Set.of(toolHost.toLowerCase()), Set.of());
    }

    /** The platform's answer (§3.6): the client id it gave, and a deployment id in the tool configuration if it made one. */
    record ClientRegistered(String clientId, String deploymentId) {

        static ClientRegistered read(String body) {
            Map<String, Object> json;
            try {
                json = JSONObjectUtils.parse(body);
            } catch (ParseException e) {
                throw new RegistrationRefused("registration-failed", "The platform's registration answer is not a JSON object.");
            }
            if (!(json.get("client_id") instanceof String clientId) || clientId.isBlank() || clientId.length() > 255) {
                throw new RegistrationRefused("registration-failed", "The platform's registration answer has no client_id.");
            }
            String deploymentId = null;
            if (json.get(ToolRegistrationRequest.TOOL_CONFIGURATION) instanceof Map<?, ?> tool
                    && tool.get("deployment_id") instanceof String d && !d.isBlank()) {
                deploymentId = d;
            }
            return new ClientRegistered(clientId, deploymentId);
        }
    }
}
