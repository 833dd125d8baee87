package org.thirdspace.community.discussion;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A full-text search over what a person may see, with optional filters. */
public record SearchQuery(String text, UUID spaceId, UUID tagId, UUID authorId, int limit) {

    public static final int MAX_TEXT = 200;

    /** The words searched for: lower case, at most 8, each at least 2 characters. */
    public List<String> terms() {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(t -> t.length() >= 2).distinct().limit(8).toList();
    }
}
