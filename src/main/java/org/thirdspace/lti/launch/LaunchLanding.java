package org.thirdspace.lti.launch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.thirdspace.application.LaunchRecord;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.http.FramingRegistration;
import org.thirdspace.http.page.LandingPage;
import org.thirdspace.http.session.SessionFilter;
import org.thirdspace.http.session.SessionTokens;
import org.thirdspace.http.session.ToolSession;
import org.thirdspace.lti.oidc.BrowserBinding;

import java.time.Instant;

/**
 * What a recorded launch answers, whichever LTI version it came by: a new tool session and the
 * tool's page ({@link LandingPage}), which holds the session token in its body (never in a URL)
 * and sends it as a header from then on.
 */
@ApplicationScoped
public class LaunchLanding {

    @Inject
    SessionTokens tokens;

    @Inject
    ToolSettings settings;

    @Inject
    Event<LaunchRecorded> recorded;

    @Inject
    LandingPage landingPage;

    @Inject
    FramingRegistration framing;

    public Response.ResponseBuilder answer(LaunchAcceptance.Accepted accepted, Instant now) {
        LtiLaunch launch = accepted.launch();
        framing.serve(launch.registrationId());
        LaunchRecord record = accepted.record();
        recorded.fire(new LaunchRecorded(launch, record));

        String locale = launch.presentation().locale() != null ? launch.presentation().locale() : launch.profile().locale();
        ToolSession session = new ToolSession(BrowserBinding.randomValue(), record.organisationId(), record.personId(),
                record.courseId(), record.linkId(), record.roles(), locale, now, now, now.plus(settings.sessionLifetime()));
        String token = tokens.issue(session);

        String page = landingPage.render(new LandingPage.Landing(record, locale, token, accepted.destination(),
                accepted.deepLinkingRequestId()));
        return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Set-Cookie", SessionFilter.cookieHeader(token, settings.sessionLifetime().toSeconds()))
                .header("Cache-Control", "no-store");
    }
}
