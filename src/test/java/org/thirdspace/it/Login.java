package org.thirdspace.it;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The OIDC authentication request the tool redirected the browser to, read back by the test platform. */
public record Login(URI location, Map<String, String> parameters) {

    public static Login from(String location) {
        URI uri = URI.create(location);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            parameters.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return new Login(uri, parameters);
    }

    public String state() {
        return parameters.get("state");
    }

    public String nonce() {
        return parameters.get("nonce");
    }
}
