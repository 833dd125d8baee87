package org.thirdspace.http.page;

import org.thirdspace.application.LaunchRecord;
import org.thirdspace.application.courselink.LaunchDestination;

import java.util.UUID;

/**
 * The page a verified launch answers with: the tool's app, already signed in, opened where the
 * launch leads. The LTI launch asks for it; the learner UI renders it, so the protocol layer holds
 * no page of the UI.
 */
public interface LandingPage {

    /** The HTML of the page. It holds the session token in its body, never in a URL. */
    String render(Landing landing);

    /**
     * What the page is about: who was launched into which course (the recorded launch), in which
     * locale, with which new session, and where to: a destination, or for deep linking the
     * designer's request.
     */
    record Landing(LaunchRecord record, String locale, String sessionToken, LaunchDestination destination,
                   UUID deepLinkingRequestId) {
    }
}
