package org.thirdspace.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.LaunchRecord;
import org.thirdspace.community.organisation.Organisation;
import org.thirdspace.community.organisation.Organisations;
import org.thirdspace.http.page.LandingPage;
import org.thirdspace.http.page.Messages;
import org.thirdspace.http.page.PageTemplate;

import java.util.HashMap;
import java.util.Map;

/**
 * The app page after a launch: the session token, and who the person is and where the launch
 * leads as JSON in the page ({@link PageBootstrap}), so the first screen needs no second request.
 */
@ApplicationScoped
public class AppLandingPage implements LandingPage {

    private Organisations organisations;

    protected AppLandingPage() {
    }

    @Inject
    public AppLandingPage(Organisations organisations) {
        this.organisations = organisations;
    }

    @Override
    public String render(Landing landing) {
        LaunchRecord record = landing.record();
        Map<String, Object> page = new HashMap<>();
        Messages messages = Messages.forTag(landing.locale());
        page.put("lang", messages.locale().toLanguageTag());
        page.put("token", landing.sessionToken());
        page.put("loading", messages.get("app.loading"));
        MeView me = MeView.of(record.personId(), record.personName(), record.organisationId(),
                organisations.find(record.organisationId()).map(Organisation::name).orElse(""),
                record.courseId(), record.courseName(), record.roles(), landing.locale());
        page.put("bootstrap", new PageBootstrap(me, landing.destination(), landing.deepLinkingRequestId()).toScriptJson());
        return PageTemplate.named("app").render(page);
    }
}
