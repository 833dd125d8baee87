package org.thirdspace.lti.platform;

import org.thirdspace.lti.http.OutboundAddressPolicy;
import org.thirdspace.lti.http.OutboundRefused;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Checks a registration before it is stored: required fields, absolute URLs, that the URLs the
 * tool will fetch (key set, token endpoint, authorization server) are not on private addresses
 * (LTI.md negative test 19), and that frame origins stay within one registrable domain
 * ({@link FrameOrigins}).
 */
public final class PlatformEndpointsPolicy {

    private static final Pattern HOST = Pattern.compile("^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(:[0-9]{1,5})?$");

    private final OutboundAddressPolicy addresses;

    public PlatformEndpointsPolicy(OutboundAddressPolicy addresses) {
        this.addresses = addresses;
    }

    public void check(String issuer, String clientId, PlatformEndpoints endpoints) {
        requireText("issuer", issuer, 255);
        requireText("clientId", clientId, 255);
        requireUrl("issuer", issuer);
        requireText("name", endpoints.displayName(), 200);
        requireUrl("authorizationEndpoint", endpoints.authorizationEndpoint());
        fetchable("jwksUri", endpoints.jwksUri(), true);
        fetchable("tokenEndpoint", endpoints.tokenEndpoint(), false);
        fetchable("authorizationServer", endpoints.authorizationServer(), false);
        if (endpoints.targetLinkHosts().isEmpty()) {
            throw new InvalidRegistration("targetLinkHosts", "targetLinkHosts: list at least one host that launches may target");
        }
        for (String host : endpoints.targetLinkHosts()) {
            if (!HOST.matcher(host).matches()) {
                throw new InvalidRegistration("targetLinkHosts", "targetLinkHosts: '" + host + "' is not a host name");
            }
        }
        for (String origin : endpoints.frameOrigins()) {
            if (!FrameOrigins.isOrigin(origin)) {
                throw new InvalidRegistration("frameOrigins", "frameOrigins: '" + origin + "' is not an origin such as https://lms.example.com"
                        + " or https://*.example.com");
            }
            if (!FrameOrigins.isNarrowEnough(origin)) {
                throw new InvalidRegistration("frameOrigins", "frameOrigins: '" + origin + "' is wider than one registrable domain (a wildcard over"
                        + " a public suffix such as .com or .co.uk lets any site frame the tool); name the platform's own domain,"
                        + " such as https://*.instructure.com");
            }
        }
    }

    private void fetchable(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidRegistration(field, field + " is required");
            }
            return;
        }
        URI uri = requireUrl(field, value);
        try {
            addresses.checkForRegistration(uri);
        } catch (OutboundRefused e) {
            throw new InvalidRegistration(field, field + ": " + e.getMessage());
        }
    }

    private static void requireText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidRegistration(field, field + " is required");
        }
        if (value.length() > max) {
            throw new InvalidRegistration(field, field + " is longer than " + max + " characters");
        }
    }

    private static URI requireUrl(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRegistration(field, field + " is required");
        }
        if (value.length() > 2048) {
            throw new InvalidRegistration(field, field + " is longer than 2048 characters");
        }
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                throw new InvalidRegistration(field, field + " must be an absolute http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidRegistration(field, field + " is not a URL");
        }
    }
}
