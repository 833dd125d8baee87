package org.thirdspace.lti.nrps;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The links of a response's {@code Link} headers by relation type (RFC 8288 §3), as NRPS 2.0 §2.4
 * pages use them ({@code next}, {@code differences}). A header may list several links, a link may
 * carry several relation types, relative references resolve against the request URL, and commas
 * inside {@code <...>} belong to the URL.
 */
public final class LinkHeader {

    private LinkHeader() {
    }

    public static Map<String, URI> parse(List<String> headerValues, URI base) {
        Map<String, URI> links = new HashMap<>();
        for (String value : headerValues) {
            parseOne(value, base, links);
        }
        return links;
    }

    private static void parseOne(String value, URI base, Map<String, URI> links) {
        int i = 0;
        while (i < value.length()) {
            int open = value.indexOf('<', i);
            if (open < 0) {
                return;
            }
            int close = value.indexOf('>', open);
            if (close < 0) {
                return;
            }
            String target = value.substring(open + 1, close).trim();
            // Parameters run to the next link: a comma outside quotes followed by '<'.
            int end = close + 1;
            boolean quoted = false;
            while (end < value.length()) {
                char c = value.charAt(end);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    break;
                }
                end++;
            }
            String rel = relation(value.substring(close + 1, end));
            if (rel != null) {
                URI uri = resolve(base, target);
                if (uri != null) {
                    for (String type : rel.trim().split("\\s+")) {
                        links.putIfAbsent(type.toLowerCase(Locale.ROOT), uri);
                    }
                }
            }
            i = end + 1;
        }
    }

    private static String relation(String parameters) {
        for (String parameter : parameters.split(";")) {
            int eq = parameter.indexOf('=');
            if (eq < 0) {
                continue;
            }
            if (parameter.substring(0, eq).trim().equalsIgnoreCase("rel")) {
                String rel = parameter.substring(eq + 1).trim();
                if (rel.length() >= 2 && rel.startsWith("\"") && rel.endsWith("\"")) {
                    rel = rel.substring(1, rel.length() - 1);
                }
                return rel.isBlank() ? null : rel;
            }
        }
        return null;
    }

    private static URI resolve(URI base, String target) {
        try {
            URI uri = new URI(target);
            return uri.isAbsolute() ? uri : base.resolve(uri);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
