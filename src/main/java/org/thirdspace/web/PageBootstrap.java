package org.thirdspace.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.thirdspace.application.courselink.LaunchDestination;

import java.util.UUID;

/**
 * What the launch page knows at once: who the person is and where the launch leads (a space, or
 * for a deep-linking launch the designer's request). It travels in the page as JSON, so the first
 * screen renders without further requests.
 */
public record PageBootstrap(MeView me, LaunchDestination destination, UUID deepLinking) {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** JSON safe inside an HTML {@code <script type="application/json">} element. */
    public String toScriptJson() {
        return JSON.toJson(this).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
