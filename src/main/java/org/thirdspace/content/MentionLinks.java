package org.thirdspace.content;

import org.owasp.encoder.Encode;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settles the mentions of a stored body when it is shown: a mention link stays a mention only for
 * a person the server recorded as mentioned in that post, and then shows the person's current
 * name; any other link dressed as a mention (one stored before hand-typed ones were refused) is
 * reduced to its words. The body is the sanitizer's output, whose anchors never nest.
 */
public final class MentionLinks {

    static final String CLASS = "ts-mention";
    private static final Pattern ANCHOR = Pattern.compile("<a\\b([^>]*)>(.*?)</a>", Pattern.DOTALL);
    private static final Pattern PERSON = Pattern.compile("\\bdata-person=\"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\"");
    private static final Pattern MENTION_CLASS = Pattern.compile("\\bclass=\"" + CLASS + "\"");

    private MentionLinks() {
    }

    /** {@code recorded}: the people the server recorded as mentioned in this post, with their current names. */
    public static String withCurrentNames(String html, Map<UUID, String> recorded) {
        if (html == null || !html.contains(CLASS) && !html.contains("data-person")) {
            return html;
        }
        Matcher anchor = ANCHOR.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (anchor.find()) {
            String attributes = anchor.group(1);
            Matcher person = PERSON.matcher(attributes);
            boolean dressedAsMention = person.find() || MENTION_CLASS.matcher(attributes).find();
            String replacement;
            if (!dressedAsMention) {
                replacement = anchor.group();
            } else {
                UUID id = person.reset().find() ? UUID.fromString(person.group(1)) : null;
                String name = id == null ? null : recorded.get(id);
                replacement = name == null ? anchor.group(2)
                        : "<a href=\"#/people/" + id + "\" class=\"" + CLASS + "\" data-person=\"" + id + "\">@" + Encode.forHtml(name) + "</a>";
            }
            anchor.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        anchor.appendTail(out);
        return out.toString();
    }
}
