package org.thirdspace.http.page;

import java.util.HashMap;
import java.util.Map;

/**
 * A page that tells a person what went wrong, what to do about it, and a reference an admin can
 * find in the log. It never shows tokens or stack traces.
 */
public final class ErrorPage {

    private ErrorPage() {
    }

    public static String render(Messages messages, String title, String explanation, String reference, String extraHtml) {
        Map<String, Object> values = new HashMap<>();
        values.put("lang", messages.locale().toLanguageTag());
        values.put("title", title);
        values.put("explanation", explanation);
        values.put("referenceLabel", messages.get("error.reference"));
        values.put("reference", reference);
        values.put("extra", extraHtml == null ? "" : extraHtml);
        return PageTemplate.named("error").render(values);
    }
}
