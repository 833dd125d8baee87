package org.thirdspace.lti.http;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.config.ToolSettings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one way the tool talks to platforms: every request passes {@link OutboundAddressPolicy},
 * has connect and read timeouts, never follows redirects (a redirect could lead anywhere), and
 * reads at most a capped number of bytes.
 */
@ApplicationScoped
public class GuardedHttpClient {

    @Inject
    ToolSettings settings;

    private HttpClient client;
    private OutboundAddressPolicy policy;

    @PostConstruct
    void init() {
        policy = new OutboundAddressPolicy(settings.privateHostsAllowed());
        client = HttpClient.newBuilder()
                .connectTimeout(settings.fetchTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public OutboundAddressPolicy policy() {
        return policy;
    }

    public OutboundResponse get(URI uri, Map<String, String> headers) throws OutboundRefused {
        return get(uri, headers, settings.fetchMaxBytes());
    }

    public OutboundResponse get(URI uri, Map<String, String> headers, int maxBytes) throws OutboundRefused {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        headers.forEach(request::header);
        return send(uri, request, maxBytes);
    }

    public OutboundResponse postForm(URI uri, Map<String, String> form, Map<String, String> headers) throws OutboundRefused {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(uri, request, settings.fetchMaxBytes());
    }

    public OutboundResponse postJson(URI uri, String json, Map<String, String> headers) throws OutboundRefused {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(uri, request, settings.fetchMaxBytes());
    }

    /** A POST of a body whose {@code Content-Type} the caller gives in {@code headers}. */
    public OutboundResponse post(URI uri, String body, Map<String, String> headers) throws OutboundRefused {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(uri, request, settings.fetchMaxBytes());
    }

    private OutboundResponse send(URI uri, HttpRequest.Builder request, int maxBytes) throws OutboundRefused {
        policy.check(uri);
        request.timeout(settings.fetchTimeout());
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                return new OutboundResponse(response.statusCode(), response.headers(), readCapped(body, maxBytes, uri));
            }
        } catch (HttpTimeoutException e) {
            throw new OutboundRefused("timed out after " + settings.fetchTimeout().toMillis() + " ms: " + describe(uri), e);
        } catch (IOException e) {
            throw new OutboundRefused("request failed (" + e.getClass().getSimpleName() + "): " + describe(uri), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutboundRefused("interrupted: " + describe(uri), e);
        }
    }

    private static String readCapped(InputStream body, int maxBytes, URI uri) throws IOException, OutboundRefused {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 16384));
        byte[] buffer = new byte[8192];
        int total = 0;
        int read;
        while ((read = body.read(buffer)) != -1) {
            total += read;
            if (total > maxBytes) {
                throw new OutboundRefused("response larger than " + maxBytes + " bytes: " + describe(uri));
            }
            out.write(buffer, 0, read);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Scheme, host and path only: query strings may carry tokens. */
    static String describe(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority() + (uri.getPath() == null ? "" : uri.getPath());
    }
}
