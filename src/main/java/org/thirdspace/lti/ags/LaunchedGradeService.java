package org.thirdspace.lti.ags;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.thirdspace.application.grading.RememberGradeService;
import org.thirdspace.community.grading.GradeService;
import org.thirdspace.database.DatabaseFailures;
import org.thirdspace.lti.launch.LaunchRecorded;
import org.thirdspace.lti.launch.LtiLaunch;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the AGS endpoint claim of each resource link launch (AGS 2.0 §3.1: {@code scope},
 * {@code lineitems}, {@code lineitem}) for its link, so that grades can go back later without a
 * launch. A launch without the claim leaves what an earlier launch offered. A failure here is
 * logged and never fails the launch.
 */
@ApplicationScoped
public class LaunchedGradeService {

    private static final Logger LOG = Logger.getLogger(LaunchedGradeService.class.getName());

    @Inject
    RememberGradeService remember;

    void onLaunch(@Observes LaunchRecorded recorded) {
        GradeService service = serviceOf(recorded.launch());
        if (service == null || recorded.record().linkId() == null || recorded.record().courseId() == null
                || recorded.launch().resourceLink() == null) {
            return;
        }
        try {
            LtiLaunch.Link link = recorded.launch().resourceLink();
            remember.remember(recorded.record().organisationId(), recorded.record().courseId(), recorded.record().linkId(),
                    link.id(), link.title(), service);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not remember the grade service of link " + recorded.record().linkId(),
                    DatabaseFailures.withoutMessages(e));
        }
    }

    static GradeService serviceOf(LtiLaunch launch) {
        LtiLaunch.Services offered = launch.services();
        if (offered == null || launch.isDeepLinking()
                || (offered.gradeScopes().isEmpty() && offered.lineItemsUrl() == null && offered.lineItemUrl() == null)) {
            return null;
        }
        return new GradeService(offered.gradeScopes(), offered.lineItemsUrl(), offered.lineItemUrl());
    }
}
