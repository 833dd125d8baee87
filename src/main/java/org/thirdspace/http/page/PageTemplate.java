package org.thirdspace.http.page;

import org.owasp.encoder.Encode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    /** The template cut once at its placeholders, so that a render is a walk over the parts, not a regex scan. */
    private final List<Part> parts;
    private final int length;

    /** Literal text, then the placeholder after it ({@code name} null after the last one). */
    private record Part(String literal, String name, boolean raw) {
    }

    private PageTemplate(String source) {
        List<Part> cut = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(source);
        int from = 0;
        while (matcher.find()) {
            cut.add(new Part(source.substring(from, matcher.start()), matcher.group(2), !matcher.group(1).isEmpty()));
            from = matcher.end();
        }
        cut.add(new Part(source.substring(from), null, false));
        this.parts = List.copyOf(cut);
        this.length = source.length();
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
        StringBuilder out = new StringBuilder(length + 256);
        for (Part part : parts) {
            out.append(part.literal());
            if (part.name() != null) {
                Object value = values.get(part.name());
                String text = value == null ? "" : value.toString();
                out.append(part.raw() ? text : Encode.forHtml(text));
            }
        }
        return out.toString();
    }
}
