package org.thirdspace.community.tag;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A tag's normalised name, shared across the organisation: "#Remote Work", "remote-work" and
 * "Remote  work" are the same tag. Lower case, accents kept (organisations write in many
 * languages), spaces and underscores become hyphens, other punctuation goes, at most 60 characters.
 */
public record TagName(String value) {

    public static final int MAX = 60;

    public TagName {
        Objects.requireNonNull(value);
        if (value.isEmpty() || value.length() > MAX) {
            throw new IllegalArgumentException("a tag has 1 to " + MAX + " characters");
        }
    }

    /** Normalises what someone typed; empty when nothing is left of it. */
    public static Optional<TagName> of(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String name = Normalizer.normalize(typed, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
        name = name.replaceAll("^#+", "").replaceAll("[\\s_]+", "-").replaceAll("[^\\p{L}\\p{N}-]", "")
                .replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TagName(name.length() > MAX ? name.substring(0, MAX) : name));
    }

    @Override
    public String toString() {
        return value;
    }
}
