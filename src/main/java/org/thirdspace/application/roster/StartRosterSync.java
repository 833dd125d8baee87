package org.thirdspace.application.roster;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.audit.AdminAuditLog;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.roster.RosterSync;
import org.thirdspace.community.roster.RosterSyncTrigger;
import org.thirdspace.community.roster.Rosters;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * Starts a course's roster sync — for a facilitator, an administrator, after a launch when the
 * roster is stale, or on the schedule — and hands it to a background thread. When a run of the
 * course is already going (on this node or another), the caller gets that run instead of a second
 * one: the database lease decides, not this node's memory.
 */
@ApplicationScoped
public class StartRosterSync {

    private static final Logger LOG = Logger.getLogger(StartRosterSync.class.getName());

    private CourseFacilitators facilitators;
    private Rosters rosters;
    private RosterSyncClaims claims;
    private AdminAuditLog audit;
    private SyncRoster syncRoster;

    @Resource
    ManagedExecutorService executor;

    protected StartRosterSync() {
    }

    @Inject
    public StartRosterSync(CourseFacilitators facilitators, Rosters rosters, RosterSyncClaims claims, AdminAuditLog audit,
                           SyncRoster syncRoster) {
        this.facilitators = facilitators;
        this.rosters = rosters;
        this.claims = claims;
        this.audit = audit;
        this.syncRoster = syncRoster;
    }

    /** The run the caller is watching, and whether this call started it. */
    public record Started(RosterSync sync, boolean startedNow) {
    }

    public Started byFacilitator(Requester requester, UUID courseId) {
        CourseContext course = facilitators.require(requester, courseId);
        return start(course, RosterSyncTrigger.FACILITATOR, "person:" + requester.personId()).orElseThrow();
    }

    public Started byAdministrator(Administrator admin, UUID courseId) {
        CourseContext course = rosters.course(courseId).orElseThrow(() -> new NotFound("no such course"));
        admin.requireOrganisation(course.organisationId());
        Started started = start(course, RosterSyncTrigger.ADMIN, admin.actor()).orElseThrow();
        if (started.startedNow()) {
            audit.record(admin, course.organisationId(), "roster.sync", course.id().toString(), "run " + started.sync().id());
        }
        return started;
    }

    /** After a launch: only when the roster is stale and nobody is syncing it. */
    public Optional<Started> afterLaunch(UUID courseId) {
        return rosters.course(courseId).flatMap(course -> start(course, RosterSyncTrigger.LAUNCH, "launch"));
    }

    /** The schedule found the course due. */
    public Optional<Started> onSchedule(UUID courseId) {
        return rosters.course(courseId).flatMap(course -> start(course, RosterSyncTrigger.SCHEDULE, "schedule"));
    }

    private Optional<Started> start(CourseContext course, RosterSyncTrigger trigger, String requestedBy) {
        Optional<Started> claimed = claims.claim(course, trigger, requestedBy);
        claimed.filter(Started::startedNow).ifPresent(started -> {
            UUID syncId = started.sync().id();
            LOG.info(() -> "Roster sync " + syncId + " of course " + course.id() + " started (" + trigger + ")");
            try {
                executor.execute(() -> syncRoster.run(syncId));
            } catch (RejectedExecutionException e) {
                claims.abandon(syncId, course.id(), "the server could not start the sync (it is shutting down or overloaded)");
            }
        });
        return claimed;
    }
}
