package org.thirdspace.http.page;

import java.text.MessageFormat;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The strings people read, from the {@code i18n/messages} resource bundles, in the locale the LMS
 * asked for ({@code launch_presentation.locale}) with English as the fallback, never the server's
 * own locale.
 */
public final class Messages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN);
    private static final String BUNDLE = "i18n.messages";
    private static final ResourceBundle.Control NO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale requested) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, requested, Messages.class.getClassLoader(), NO_SERVER_LOCALE);
        Locale found = bundle.getLocale();
        this.locale = found.getLanguage().isEmpty() ? Locale.ENGLISH : found;
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(locale == null ? Locale.ENGLISH : locale);
    }

    /** Reads an LTI or browser locale tag such as {@code en-US}, {@code fr_CA} or {@code de}. */
    public static Messages forTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return forLocale(Locale.ENGLISH);
        }
        return forLocale(Locale.forLanguageTag(tag.trim().replace('_', '-')));
    }

    /** The language actually used: the requested one when translated, else English. */
    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // Always through MessageFormat, so that '' in a pattern reads as one apostrophe.
        return new MessageFormat(pattern, locale).format(args);
    }

    /** Every string with a prefix, for the browser UI, as written (the browser fills {0} itself). */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> strings = new LinkedHashMap<>();
        Enumeration<String> keys = bundle.getKeys();
        while (keys.hasMoreElements()) {
            String key = keys.nextElement();
            if (key.startsWith(prefix)) {
                strings.put(key, bundle.getString(key));
            }
        }
        return strings;
    }
}
