package org.thirdspace.http.page;

import org.owasp.encoder.Encode;

import java.util.HashMap;
import java.util.Map;

/**
 * A page that tells a person what went wrong, what to do about it, and (when there is one) a
 * reference an admin can find in the log. It never shows tokens or stack traces.
 */
public final class ErrorPage {

    private ErrorPage() {
    }

    public static String render(Messages messages, String title, String explanation, String reference, String extraHtml) {
        Map<String, Object> values = new HashMap<>();
        values.put("lang", messages.locale().toLanguageTag());
        values.put("title", title);
        values.put("explanation", explanation);
        values.put("reference", reference == null ? "" : "<p class=\"ts-reference\">" + Encode.forHtml(messages.get("error.reference"))
                + " <code>" + Encode.forHtml(reference) + "</code></p>");
        values.put("extra", extraHtml == null ? "" : extraHtml);
        return PageTemplate.named("error").render(values);
    }
}
