package org.thirdspace.application.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.lms.PlatformAccount;
import org.thirdspace.application.lms.PlatformAccounts;
import org.thirdspace.application.lms.PlatformUnavailable;
import org.thirdspace.community.coursegroup.CourseGroups;
import org.thirdspace.community.roster.CourseRoster;
import org.thirdspace.community.roster.RosterSync;
import org.thirdspace.community.roster.RosterSyncMode;
import org.thirdspace.community.roster.Rosters;
import org.thirdspace.config.ToolSettings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/** The transactions of a run besides applying pages: start, progress notes, finish, failure. */
@ApplicationScoped
public class RosterSyncSteps {

    private static final Logger LOG = Logger.getLogger(RosterSyncSteps.class.getName());

    private Rosters rosters;
    private PlatformAccounts accounts;
    private CourseGroups groups;
    private ToolSettings settings;

    /** Those a complete roster no longer lists left the course (absent in use-case tests). */
    @Inject
    Event<CourseMembersLeft> membersLeft;

    protected RosterSyncSteps() {
    }

    @Inject
    public RosterSyncSteps(Rosters rosters, PlatformAccounts accounts, CourseGroups groups, ToolSettings settings) {
        this.rosters = rosters;
        this.accounts = accounts;
        this.groups = groups;
        this.settings = settings;
    }

    @Transactional(rollbackOn = SyncStopped.class)
    public RosterPlan plan(UUID syncId) throws SyncStopped {
        RosterSync sync = rosters.sync(syncId).filter(RosterSync::isRunning)
                .orElseThrow(() -> new SyncStopped("the run is no longer running", null));
        CourseRoster roster = rosters.roster(sync.courseId())
                .orElseThrow(() -> new SyncStopped("the course has no roster service", null));
        if (!roster.services().offersRoster()) {
            throw new SyncStopped("the course's LMS offers no roster service", null);
        }
        PlatformAccount account;
        try {
            account = accounts.of(sync.organisationId());
        } catch (PlatformUnavailable e) {
            throw new SyncStopped(e.getMessage(), null);
        }
        return new RosterPlan(syncId, sync.organisationId(), sync.courseId(), account,
                roster.services(), roster.differencesUrl(), sync.createdAt());
    }

    @Transactional
    public void readsAs(RosterPlan plan, RosterSyncMode mode) {
        sync(plan).readsAs(mode);
    }

    @Transactional
    public Map<String, UUID> activeGroupIds(RosterPlan plan) {
        return groups.activeGroupIds(plan.courseId());
    }

    @Transactional
    public int pagesFetched(RosterPlan plan) {
        return sync(plan).pagesFetched();
    }

    @Transactional
    public void warn(RosterPlan plan, String warning) {
        sync(plan).warn(warning, Instant.now());
    }

    @Transactional
    public void warnAndForgetDifferences(RosterPlan plan, String warning) {
        Instant now = Instant.now();
        sync(plan).warn(warning, now);
        rosters.roster(plan.courseId()).ifPresent(roster -> roster.forgetDifferences(now));
    }

    /**
     * Finishes a run that read every page, while it still holds the lease (the renewal locks the
     * course's row until this commits, so no other run can take over half-way). Returns false
     * when the lease was lost: nothing is changed then.
     */
    @Transactional
    public void warnAndForgetLink(RosterPlan plan, String warning) {
        Instant now = Instant.now();
        sync(plan).warn(warning, now);
        rosters.roster(plan.courseId()).ifPresent(roster -> roster.forgetLink(now));
    }

    @Transactional
    public boolean complete(RosterPlan plan, RosterSyncMode mode, boolean completeListing, String nextDifferencesUrl) {
        Instant now = Instant.now();
        if (!rosters.renewLease(plan.courseId(), plan.syncId(), now.plus(settings.rosterLease()))) {
            return false;
        }
        RosterSync sync = sync(plan);
        if (mode.removesUnlisted() && completeListing) {
            List<UUID> left = rosters.deactivateUnlisted(plan.courseId(), plan.syncId(), plan.startedAt(), now);
            sync.absentDeactivated(left.size(), now);
            if (membersLeft != null && !left.isEmpty()) {
                membersLeft.fire(new CourseMembersLeft(plan.courseId(), left, now));
            }
        }
        rosters.roster(plan.courseId()).orElseThrow().succeeded(nextDifferencesUrl, now);
        sync.succeed(now);
        rosters.releaseLease(plan.courseId(), plan.syncId());
        return true;
    }

    @Transactional
    public void fail(UUID syncId, String reason) {
        rosters.sync(syncId).ifPresent(sync -> {
            sync.fail(reason, Instant.now());
            rosters.releaseLease(sync.courseId(), syncId);
            LOG.warning(() -> "Roster sync " + syncId + " of course " + sync.courseId() + " failed: " + reason);
        });
    }

    private RosterSync sync(RosterPlan plan) {
        return rosters.sync(plan.syncId()).orElseThrow();
    }
}
