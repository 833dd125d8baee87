package org.thirdspace.lti.dynamic;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.thirdspace.lti.http.OutboundAddressPolicy;
import org.thirdspace.lti.http.OutboundRefused;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The platform's OpenID configuration as LTI Dynamic Registration 1.0 §3.4 describes it, read and
 * checked before the tool registers with it:
 * <ul>
 *   <li>its {@code issuer} has the origin (scheme, host and port) of the URL the configuration was
 *       fetched from (§3.5.1: the tool must check that the issuer matches the configuration's URL, so
 *       that one site cannot register in another platform's name; LTI.md negative test 18);</li>
 *   <li>the endpoints the tool needs are present and pass the outbound address policy (https, no
 *       private address outside the development allow-list; negative test 17);</li>
 *   <li>the platform launches resource links ({@code messages_supported} of the
 *       {@code lti-platform-configuration} claim, §3.4.1).</li>
 * </ul>
 */
public record PlatformConfiguration(String issuer, String authorizationEndpoint, String tokenEndpoint, String jwksUri,
                                    String registrationEndpoint, String authorizationServer, Set<String> scopesSupported,
                                    Map<String, List<String>> messagesSupported, String productFamilyCode) {

    static final String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";
    static final String RESOURCE_LINK = "LtiResourceLinkRequest";
    static final String DEEP_LINKING = "LtiDeepLinkingRequest";

    public boolean supports(String messageType) {
        return messagesSupported.containsKey(messageType);
    }

    /** Parses and checks a configuration fetched from {@code fetchedFrom}. */
    @SuppressWarnings("unchecked")
    public static PlatformConfiguration read(String body, URI fetchedFrom, OutboundAddressPolicy addresses) {
        Map<String, Object> json;
        try {
            json = JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            throw new RegistrationRefused("configuration-unreadable", "The platform's OpenID configuration is not a JSON object.");
        }
        String issuer = text(json, "issuer");
        if (issuer == null) {
            throw missing("issuer");
        }
        if (!origin(issuer).equals(origin(fetchedFrom.toString()))) {
            throw new RegistrationRefused("issuer-mismatch", "The configuration's issuer " + issuer
                    + " is not on the site the configuration came from (" + origin(fetchedFrom.toString()) + ").");
        }
        String authorization = endpoint(json, "authorization_endpoint", addresses, false);
        String token = endpoint(json, "token_endpoint", addresses, true);
        String jwks = endpoint(json, "jwks_uri", addresses, true);
        String registration = endpoint(json, "registration_endpoint", addresses, true);
        String authorizationServer = text(json, "authorization_server");
        if (authorizationServer != null) {
            checkFetchable("authorization_server", authorizationServer, addresses);
        }
        Set<String> scopes = Set.copyOf(strings(json.get("scopes_supported")));
        Object platform = json.get(PLATFORM_CONFIGURATION);
        if (!(platform instanceof Map<?, ?> platformConfiguration)) {
            throw missing(PLATFORM_CONFIGURATION);
        }
        Map<String, List<String>> messages = new java.util.LinkedHashMap<>();
        Object supported = platformConfiguration.get("messages_supported");
        if (supported instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> message && message.get("type") instanceof String type) {
                    messages.put(type, strings(message.get("placements")));
                }
            }
        }
        if (!messages.containsKey(RESOURCE_LINK)) {
            throw new RegistrationRefused("no-resource-links", "The platform does not list " + RESOURCE_LINK
                    + " in messages_supported, and Thirdspace is opened by resource links.");
        }
        Object family = platformConfiguration.get("product_family_code");
        return new PlatformConfiguration(issuer, authorization, token, jwks, registration, authorizationServer, scopes,
                Map.copyOf(messages), family instanceof String s ? s : null);
    }

    private static String endpoint(Map<String, Object> json, String name, OutboundAddressPolicy addresses, boolean fetched) {
        String value = text(json, name);
        if (value == null) {
            throw missing(name);
        }
        if (fetched) {
            checkFetchable(name, value, addresses);
        } else {
            checkUrl(name, value);
        }
        return value;
    }

    /** The tool will call this URL itself: the same rules as every outbound request. */
    private static void checkFetchable(String name, String value, OutboundAddressPolicy addresses) {
        try {
            addresses.checkForRegistration(checkUrl(name, value));
        } catch (OutboundRefused e) {
            throw new RegistrationRefused("endpoint-refused", "The platform's " + name + " is refused: " + e.getMessage() + ".");
        }
    }

    private static URI checkUrl(String name, String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http")) || value.length() > 2048) {
                throw new URISyntaxException(value, "not an absolute http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new RegistrationRefused("endpoint-refused", "The platform's " + name + " is not an absolute URL.");
        }
    }

    private static RegistrationRefused missing(String name) {
        return new RegistrationRefused("configuration-incomplete", "The platform's OpenID configuration has no " + name + ".");
    }

    private static String text(Map<String, Object> json, String name) {
        return json.get(name) instanceof String s && !s.isBlank() ? s : null;
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof String s) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    static String origin(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            int port = uri.getPort();
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (port == -1) {
                port = scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
            }
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
