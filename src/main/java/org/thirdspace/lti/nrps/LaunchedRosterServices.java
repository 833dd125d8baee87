package org.thirdspace.lti.nrps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.thirdspace.application.roster.RememberRosterServices;
import org.thirdspace.application.roster.StartRosterSync;
import org.thirdspace.community.roster.RosterServices;
import org.thirdspace.database.DatabaseFailures;
import org.thirdspace.lti.launch.LaunchRecorded;
import org.thirdspace.lti.launch.LtiLaunch;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes the roster services out of each recorded launch: the NRPS claim
 * ({@code context_memberships_url}, when its {@code service_versions} allow 2.0), the resource
 * link to ask about, and the Course Groups Service claim — and starts a sync when the course's
 * roster is stale. A launch without these claims changes nothing (platforms may leave them out of some launches). Whatever goes wrong here is logged and
 * never fails the launch: the person is already signed in.
 */
@ApplicationScoped
public class LaunchedRosterServices {

    private static final Logger LOG = Logger.getLogger(LaunchedRosterServices.class.getName());

    @Inject
    RememberRosterServices remember;

    @Inject
    StartRosterSync startRosterSync;

    void onLaunch(@Observes LaunchRecorded recorded) {
        RosterServices services = servicesOf(recorded.launch());
        if (services == null || recorded.record().courseId() == null) {
            return;
        }
        try {
            if (remember.remember(recorded.record().courseId(), services)) {
                // A stale roster is synced in the background; the launch does not wait for it.
                startRosterSync.afterLaunch(recorded.record().courseId());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not remember the roster services of course " + recorded.record().courseId(),
                    DatabaseFailures.withoutMessages(e));
        }
    }

    /** The roster services a launch offers, or null when it offers none the tool can use. */
    static RosterServices servicesOf(LtiLaunch launch) {
        LtiLaunch.Services offered = launch.services();
        if (launch.context() == null || offered == null) {
            return null;
        }
        List<String> versions = offered.namesRolesVersions();
        String memberships = offered.membershipsUrl() != null && (versions.isEmpty() || versions.contains("2.0"))
                ? offered.membershipsUrl() : null;
        if (memberships == null) {
            return null;
        }
        String link = launch.resourceLink() == null ? null : launch.resourceLink().id();
        return new RosterServices(memberships, link, offered.groupsUrl(), offered.groupsUrl() == null ? null : offered.groupSetsUrl());
    }
}
