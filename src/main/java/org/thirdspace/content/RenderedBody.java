package org.thirdspace.content;

import java.util.Set;
import java.util.UUID;

/**
 * A post body ready to store and show: sanitized HTML, plain text (for search and snippets) and
 * the people it mentions.
 */
public record RenderedBody(String html, String text, Set<UUID> mentions) {
}
