package org.thirdspace.it;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * HTTP against the running tool, the way a browser and the admin's automation talk to it. Each
 * {@link Browser} keeps its own cookies (the java.net cookie handler would drop {@code Secure}
 * cookies over plain http, which browsers keep for localhost).
 */
public final class ToolClient {

    /**
     * Java's client asks plain-http servers for an h2c upgrade unless told HTTP/1.1
     * ({@code -Dthirdspace.it.http-version=HTTP_1_1}, as a browser or a reverse proxy speaks to the
     * tool): a benchmark can measure either.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.valueOf(System.getProperty("thirdspace.it.http-version", "HTTP_2")))
            .build();

    private final RunningTool server;

    public ToolClient(RunningTool server) {
        this.server = server;
    }

    public RunningTool server() {
        return server;
    }

    public String url(String path) {
        return path.startsWith("http") ? path : server.url(path);
    }

    public Browser browser() {
        return new Browser();
    }

    public Reply get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET(), headers);
    }

    public Reply postForm(String path, Map<String, String> fields, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))), headers);
    }

    public Reply json(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request, headers);
    }

    /** A file the tool answers with (an export): its status, headers and bytes as sent. */
    public record Download(int status, Map<String, List<String>> headerMap, byte[] body) {
        public String header(String name) {
            return headerMap.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    public Download download(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET().timeout(Duration.ofSeconds(60));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The operator's bootstrap credential, for a browser test that types it into the console's sign-in form. */
    public String adminToken() {
        return server.adminToken();
    }

    /** The admin API with the bootstrap credential. */
    public Reply admin(String method, String path, String body) {
        return json(method, path, body, "Authorization", "Bearer " + server.adminToken());
    }

    static Reply send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        request.timeout(Duration.ofSeconds(60));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** One user agent with its cookie jar. */
    public final class Browser {
        private final Map<String, String> cookies = new LinkedHashMap<>();

        public Reply get(String path, String... headers) {
            return remember(send(withCookies(HttpRequest.newBuilder(URI.create(url(path))).GET()), headers));
        }

        public Reply postForm(String path, Map<String, String> fields, String... headers) {
            return remember(send(withCookies(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(fields)))), headers));
        }

        /** Submits the auto-posting form of a page (what the browser's script does). */
        public Reply submit(Reply page) {
            return postForm(page.formAction(), page.formFields());
        }

        /** Follows one redirect. */
        public Reply follow(Reply redirect) {
            return get(redirect.header("Location"));
        }

        public Map<String, String> cookies() {
            return cookies;
        }

        public void forgetCookies() {
            cookies.clear();
        }

        private HttpRequest.Builder withCookies(HttpRequest.Builder request) {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            return request;
        }

        private Reply remember(Reply reply) {
            for (String cookie : reply.headers("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                if (value.isEmpty() || cookie.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return reply;
        }
    }

    /** A response, with helpers to read the pages and JSON the tool returns. */
    public record Reply(int status, Map<String, List<String>> headerMap, String body) {

        private static final Pattern FORM = Pattern.compile("<form[^>]*\\saction=\"([^\"]+)\"");
        private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
        private static final Pattern SESSION = Pattern.compile("<meta name=\"ts-session\" content=\"([^\"]+)\"");
        private static final Pattern TITLE = Pattern.compile("<h1>(.*?)</h1>", Pattern.DOTALL);

        public String header(String name) {
            List<String> values = headers(name);
            return values.isEmpty() ? null : values.get(0);
        }

        public List<String> headers(String name) {
            return headerMap.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).toList();
        }

        public String formAction() {
            Matcher matcher = FORM.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("no form in page (" + status + "): " + body);
            }
            return unescape(matcher.group(1));
        }

        public Map<String, String> formFields() {
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher matcher = HIDDEN.matcher(body);
            while (matcher.find()) {
                fields.put(unescape(matcher.group(1)), unescape(matcher.group(2)));
            }
            return fields;
        }

        /** The session token the launch page holds, or null when the response created no session. */
        public String sessionToken() {
            Matcher matcher = SESSION.matcher(body);
            return matcher.find() ? matcher.group(1) : null;
        }

        public String pageTitle() {
            Matcher matcher = TITLE.matcher(body);
            return matcher.find() ? unescape(matcher.group(1).trim()) : null;
        }

        public Map<String, Object> json() {
            try {
                return JSONObjectUtils.parse(body);
            } catch (ParseException e) {
                throw new AssertionError("not a JSON object (" + status + "): " + body);
            }
        }

        public List<Object> jsonArray() {
            try {
                return JSONArrayUtils.parse(body);
            } catch (ParseException e) {
                throw new AssertionError("not a JSON array (" + status + "): " + body);
            }
        }

        private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|quot|lt|gt|amp|apos);");

        static String unescape(String html) {
            Matcher matcher = ENTITY.matcher(html);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String entity = matcher.group(1);
                String replacement = switch (entity) {
                    case "quot" -> "\"";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "amp" -> "&";
                    case "apos" -> "'";
                    default -> String.valueOf((char) (entity.startsWith("#x")
                            ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1))));
                };
                matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            matcher.appendTail(out);
            return out.toString();
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
    }
}
