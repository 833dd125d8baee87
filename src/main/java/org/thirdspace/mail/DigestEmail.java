package org.thirdspace.mail;

import org.owasp.encoder.Encode;
import org.thirdspace.application.digest.Digest;
import org.thirdspace.application.digest.DigestItem;
import org.thirdspace.http.page.Messages;

import java.util.List;

/**
 * The words of a digest in the recipient's language, as plain text and as HTML. Names and titles
 * are escaped; bodies are the HTML the post renderer already sanitised (the same as in the app).
 */
final class DigestEmail {

    private final Digest digest;
    private final Messages messages;
    private final String unsubscribeLink;

    DigestEmail(Digest digest, String unsubscribeLink) {
        this.digest = digest;
        this.messages = Messages.forTag(digest.recipient().locale());
        this.unsubscribeLink = unsubscribeLink;
    }

    String language() {
        return messages.locale().toLanguageTag();
    }

    String subject() {
        return messages.get("digest.subject." + digest.recipient().frequency().name().toLowerCase(java.util.Locale.ROOT),
                digest.items().size());
    }

    String text() {
        StringBuilder text = new StringBuilder();
        text.append(greeting()).append("\n\n");
        for (DigestItem.Section section : DigestItem.Section.values()) {
            List<DigestItem> items = of(section);
            if (items.isEmpty()) {
                continue;
            }
            String heading = messages.get("digest.section." + section.name());
            text.append(heading).append('\n').append("=".repeat(heading.length())).append("\n\n");
            for (DigestItem item : items) {
                text.append("* ").append(line(item)).append('\n');
                if (item.text() != null && !item.text().isEmpty()) {
                    text.append("  ").append(item.text()).append('\n');
                }
                text.append("  ").append(item.link()).append("\n\n");
            }
        }
        text.append("-- \n").append(messages.get("digest.why")).append('\n')
                .append(messages.get("digest.unsubscribe")).append(": ").append(unsubscribeLink).append('\n');
        return text.toString();
    }

    String html() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(Encode.forHtmlAttribute(language()))
                .append("\"><head><meta charset=\"utf-8\"><title>").append(Encode.forHtml(subject())).append("</title></head>")
                .append("<body style=\"font-family: sans-serif; line-height: 1.5; max-width: 40em; margin: 0 auto; padding: 1em;\">")
                .append("<p>").append(Encode.forHtml(greeting())).append("</p>");
        for (DigestItem.Section section : DigestItem.Section.values()) {
            List<DigestItem> items = of(section);
            if (items.isEmpty()) {
                continue;
            }
            html.append("<h2 style=\"font-size: 1.2em;\">").append(Encode.forHtml(messages.get("digest.section." + section.name()))).append("</h2>");
            for (DigestItem item : items) {
                html.append("<div style=\"border-left: 3px solid #ccc; padding-left: 0.75em; margin: 1em 0;\">")
                        .append("<p><a href=\"").append(Encode.forHtmlAttribute(item.link())).append("\">")
                        .append(Encode.forHtml(item.title())).append("</a>");
                if (item.actorName() != null) {
                    html.append(" · ").append(Encode.forHtml(item.actorName()));
                }
                html.append("</p>");
                if (item.html() != null && !item.html().isEmpty()) {
                    html.append("<div>").append(item.html()).append("</div>");
                }
                html.append("</div>");
            }
        }
        html.append("<hr><p style=\"font-size: 0.9em; color: #555;\">").append(Encode.forHtml(messages.get("digest.why")))
                .append(" <a href=\"").append(Encode.forHtmlAttribute(unsubscribeLink)).append("\">")
                .append(Encode.forHtml(messages.get("digest.unsubscribe"))).append("</a></p></body></html>");
        return html.toString();
    }

    private String greeting() {
        return digest.name() == null ? messages.get("digest.greeting.nameless") : messages.get("digest.greeting", digest.name());
    }

    private String line(DigestItem item) {
        return item.actorName() == null ? item.title() : item.title() + " (" + item.actorName() + ")";
    }

    private List<DigestItem> of(DigestItem.Section section) {
        return digest.items().stream().filter(i -> i.section() == section).toList();
    }
}
