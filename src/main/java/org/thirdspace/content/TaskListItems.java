package org.thirdspace.content;

import java.util.regex.Pattern;

/**
 * A checklist's items as tick boxes. Markdown writes them {@code - [ ] item} (GitHub Flavored
 * Markdown's task list items, GFM spec §5.3); CommonMark without that extension leaves the
 * {@code [ ]} as text. This works on HTML the {@link MarkdownRenderer} produced and sanitised —
 * bodies already stored included — and only inserts fixed markup: a disabled checkbox, read-only
 * as the page shows it, labelled for screen readers by the item's own words.
 */
public final class TaskListItems {

    /** A tight item's marker and words, up to the item's end or a list nested in it. */
    private static final Pattern TIGHT = Pattern.compile("<li>\\[([ xX])\\]\\s(.*?)(?=</li>|<ul>|<ol[ >])", Pattern.DOTALL);
    /** A loose item's marker and the words of its first paragraph. */
    private static final Pattern LOOSE = Pattern.compile("<li>\\s*<p>\\[([ xX])\\]\\s(.*?)</p>", Pattern.DOTALL);
    private static final String UNTICKED = "\u2610";
    private static final String TICKED = "\u2611";

    private TaskListItems() {
    }

    /** Task list items as disabled checkboxes (for the page). */
    public static String asCheckboxes(String html) {
        if (html == null || !html.contains("[")) {
            return html;
        }
        String tight = TIGHT.matcher(html).replaceAll(m -> "<li class=\"ts-task\">" + item(m.group(1), m.group(2)));
        return LOOSE.matcher(tight).replaceAll(m -> "<li class=\"ts-task\"><p>" + item(m.group(1), m.group(2)) + "</p>");
    }

    /** The box inside a label with the item's words, so that the box is named by them (WCAG 4.1.2). */
    private static String item(String mark, String words) {
        return java.util.regex.Matcher.quoteReplacement("<label><input type=\"checkbox\" disabled=\"disabled\""
                + (mark.isBlank() ? "" : " checked=\"checked\"") + " /> " + words + "</label>");
    }

    /** Checkboxes written by {@link #asCheckboxes} as the characters ☐ and ☑ (for printed documents, where a form control means nothing). */
    public static String asBallotBoxes(String html) {
        if (html == null) {
            return null;
        }
        return html.replace("<input type=\"checkbox\" disabled=\"disabled\" checked=\"checked\" />", TICKED)
                .replace("<input type=\"checkbox\" disabled=\"disabled\" />", UNTICKED);
    }
}
