package org.thirdspace.http.page;

import org.owasp.encoder.Encode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML template from {@code templates/}: {@code {{name}}} inserts a value encoded for HTML text
 * and quoted attributes (OWASP Java Encoder); {@code {{{name}}}} inserts markup the caller built
 * and encoded itself. A missing value is an empty string.
 */
public final class PageTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\{?)([a-zA-Z0-9_.-]+)}}(}?)");
    private static final Map<String, PageTemplate> LOADED = new ConcurrentHashMap<>();

    private final String source;

    private PageTemplate(String source) {
        this.source = source;
    }

    public static PageTemplate named(String name) {
        return LOADED.computeIfAbsent(name, PageTemplate::load);
    }

    private static PageTemplate load(String name) {
        try (InputStream in = PageTemplate.class.getClassLoader().getResourceAsStream("templates/" + name + ".html")) {
            if (in == null) {
                throw new IllegalArgumentException("no template " + name);
            }
            return new PageTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String render(Map<String, ?> values) {
        Matcher matcher = PLACEHOLDER.matcher(source);
        StringBuilder out = new StringBuilder(source.length() + 256);
        while (matcher.find()) {
            Object value = values.get(matcher.group(2));
            String text = value == null ? "" : value.toString();
            boolean raw = !matcher.group(1).isEmpty();
            matcher.appendReplacement(out, Matcher.quoteReplacement(raw ? text : Encode.forHtml(text)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
