package org.thirdspace.lti.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.lms.PlatformAccount;
import org.thirdspace.application.lms.ServiceFailure;
import org.thirdspace.application.lms.ServiceRefused;
import org.thirdspace.application.lms.ServiceTimedOut;
import org.thirdspace.application.lms.ServiceUnavailable;
import org.thirdspace.lti.http.GuardedHttpClient;
import org.thirdspace.lti.http.OutboundRefused;
import org.thirdspace.lti.http.OutboundResponse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import java.util.Set;

/**
 * An authenticated GET or POST of an LTI Advantage service (Security Framework §4.1: the access token as a
 * bearer token in the {@code Authorization} header, never in the URL).
 *
 * <ul>
 *   <li>The URL passes the outbound address policy before a token is even fetched, so that a
 *       platform-supplied URL on a private address is refused without sending anything.</li>
 *   <li>A 401 means the cached token is no longer good (revoked, or the platform restarted): the
 *       token is dropped and the request is made once more with a fresh one.</li>
 *   <li>5xx, 429, timeouts and broken connections are {@link ServiceUnavailable} (the caller may
 *       retry); any other failure is {@link ServiceRefused}.</li>
 * </ul>
 */
@ApplicationScoped
public class ServiceRequests {

    @Inject
    GuardedHttpClient http;

    @Inject
    ServiceTokens tokens;

    public OutboundResponse get(PlatformAccount account, Set<String> scopes, URI uri, String accept, int maxBytes)
            throws ServiceFailure {
        return call(account, scopes, uri, token -> http.get(uri, Map.of("Authorization", token.authorization(), "Accept", accept), maxBytes));
    }

    /** An authenticated POST of a JSON document of the given media type (AGS line items and scores). */
    public OutboundResponse post(PlatformAccount account, Set<String> scopes, URI uri, String contentType, String accept,
                                 String body) throws ServiceFailure {
        return call(account, scopes, uri, token -> http.post(uri, body,
                Map.of("Authorization", token.authorization(), "Content-Type", contentType, "Accept", accept)));
    }

    /** One request to a service endpoint, with the bearer token of these scopes. */
    private interface Exchange {
        OutboundResponse send(AccessToken token) throws OutboundRefused;
    }

    private OutboundResponse call(PlatformAccount account, Set<String> scopes, URI uri, Exchange exchange) throws ServiceFailure {
        try {
            http.policy().check(uri);
        } catch (OutboundRefused e) {
            throw new ServiceRefused("not allowed to call " + describe(uri) + ": " + e.getMessage());
        }
        AccessToken token = tokens.token(account, scopes);
        OutboundResponse response = send(uri, token, exchange);
        if (response.status() == 401) {
            tokens.forget(account, scopes, token);
            response = send(uri, tokens.token(account, scopes), exchange);
        }
        if (response.status() >= 500 || response.status() == 429) {
            throw new ServiceUnavailable("HTTP " + response.status() + " from " + describe(uri));
        }
        if (!response.isSuccess()) {
            throw new ServiceRefused("HTTP " + response.status() + " from " + describe(uri)
                    + (response.status() == 401 ? " (a fresh access token was refused too)" : ""), response.status(), null);
        }
        return response;
    }

    private OutboundResponse send(URI uri, AccessToken token, Exchange exchange) throws ServiceFailure {
        try {
            return exchange.send(token);
        } catch (OutboundRefused e) {
            throw classify(describe(uri), e);
        }
    }

    /**
     * What a refused outbound request means: a failure on the wire (timeout, reset) may pass;
     * the policy, an oversized answer or a malformed URL will not.
     */
    static ServiceFailure classify(String what, OutboundRefused e) {
        if (e.getCause() instanceof HttpTimeoutException) {
            return new ServiceTimedOut(what + ": " + e.getMessage(), e);
        }
        if (e.getCause() instanceof IOException) {
            return new ServiceUnavailable(what + ": " + e.getMessage(), e);
        }
        return new ServiceRefused(what + ": " + e.getMessage(), 0, e);
    }

    /** Scheme, host and path: query strings may carry cursors or, on broken platforms, credentials. */
    public static String describe(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }
}
