package org.thirdspace.application.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Conflict;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.course.MembershipStatus;
import org.thirdspace.community.roster.CourseRoster;
import org.thirdspace.community.roster.RosterSync;
import org.thirdspace.community.roster.RosterSyncTrigger;
import org.thirdspace.community.roster.Rosters;
import org.thirdspace.config.ToolSettings;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Claims a course for a new run, in one transaction: the conditional lease update and the run's
 * row commit together, so a run exists exactly when it holds the lease. A run whose node stopped
 * renewing the lease is recorded as abandoned when another run takes over.
 */
@ApplicationScoped
public class RosterSyncClaims {

    private Rosters rosters;
    private ToolSettings settings;

    protected RosterSyncClaims() {
    }

    @Inject
    public RosterSyncClaims(Rosters rosters, ToolSettings settings) {
        this.rosters = rosters;
        this.settings = settings;
    }

    /**
     * A new run, or — for people asking — the run already going. After a launch a run starts only
     * when the roster is stale; the launch and the schedule never wait for or join another run.
     */
    @Transactional
    public Optional<StartRosterSync.Started> claim(CourseContext course, RosterSyncTrigger trigger, String requestedBy) {
        boolean onlyWhenStale = trigger == RosterSyncTrigger.LAUNCH;
        boolean joinRunning = trigger == RosterSyncTrigger.FACILITATOR || trigger == RosterSyncTrigger.ADMIN;
        Instant now = Instant.now();
        CourseRoster roster = rosters.roster(course.id()).orElse(null);
        if (roster == null || !roster.services().offersRoster()) {
            if (!joinRunning) {
                return Optional.empty();
            }
            throw new Conflict("this course's LMS has not offered its roster (Names and Role Provisioning Services) "
                    + "in a launch yet; open the tool from the course in the LMS first");
        }
        if (onlyWhenStale && (settings.rosterStaleAfter().isZero() || !roster.isStale(now, settings.rosterStaleAfter()))) {
            return Optional.empty();
        }
        if (roster.looksLeased(now)) {
            return running(course.id(), joinRunning);
        }
        long active = rosters.countMembers(course.id(), MembershipStatus.ACTIVE);
        RosterSync sync = new RosterSync(course.organisationId(), course.id(), trigger, requestedBy, RosterNode.NAME,
                active == 0 ? null : (int) Math.min(Integer.MAX_VALUE, active), now);
        if (!rosters.acquireLease(course.id(), sync.id(), now, now.plus(settings.rosterLease()))) {
            return running(course.id(), joinRunning);
        }
        UUID previous = roster.leaseJobId();
        if (previous != null) {
            rosters.sync(previous).filter(RosterSync::isRunning).ifPresent(abandoned -> abandoned.fail(
                    "abandoned: the node running it (" + abandoned.node() + ") stopped renewing its lease; "
                            + "a new run took over", now));
        }
        rosters.add(sync);
        roster.attempted(now);
        return Optional.of(new StartRosterSync.Started(sync, true));
    }

    private Optional<StartRosterSync.Started> running(UUID courseId, boolean joinRunning) {
        if (!joinRunning) {
            return Optional.empty();
        }
        return Optional.of(rosters.latest(courseId).filter(RosterSync::isRunning)
                .map(sync -> new StartRosterSync.Started(sync, false))
                .orElseThrow(() -> new Conflict("another sync of this course is finishing; try again in a moment")));
    }

    /** A run that was claimed but could not be started. */
    @Transactional
    public void abandon(UUID syncId, UUID courseId, String reason) {
        rosters.sync(syncId).ifPresent(sync -> sync.fail(reason, Instant.now()));
        rosters.releaseLease(courseId, syncId);
    }
}
