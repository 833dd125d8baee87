package org.thirdspace.emulator;

import org.owasp.encoder.Encode;
import org.thirdspace.http.page.PageTemplate;

import java.util.Map;

/** A page that POSTs a form at once, the way platforms and tools pass LTI messages through the browser. */
public final class AutoPost {

    private AutoPost() {
    }

    public static String page(String action, Map<String, String> fields) {
        StringBuilder inputs = new StringBuilder();
        fields.forEach((name, value) -> inputs.append("<input type=\"hidden\" name=\"").append(Encode.forHtmlAttribute(name))
                .append("\" value=\"").append(Encode.forHtmlAttribute(value)).append("\">"));
        return PageTemplate.named("autopost").render(Map.of("action", action, "fields", inputs.toString()));
    }
}
