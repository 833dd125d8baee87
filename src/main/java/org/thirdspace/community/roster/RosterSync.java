package org.thirdspace.community.roster;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One run of a course's roster sync, kept as history: what started it, how much it read and
 * applied, and how it ended. Progress is written after every page, so people watching a long sync
 * see it advance, and a run that stops part-way shows how far it got and why.
 */
@Entity
@Table(name = "roster_sync")
@Access(AccessType.FIELD)
public class RosterSync {

    private static final int MAX_ERROR = 2000;
    private static final int MAX_WARNING = 1000;

    @Id
    private UUID id;
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private UUID organisationId;
    @Column(name = "course_context_id", nullable = false, updatable = false)
    private UUID courseId;
    @Enumerated(EnumType.STRING)
    @Column(name = "sync_trigger", nullable = false, updatable = false)
    private RosterSyncTrigger trigger;
    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RosterSyncMode mode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RosterSyncState state;
    @Column(nullable = false, updatable = false)
    private String node;
    @Column(name = "pages_fetched", nullable = false)
    private int pagesFetched;
    @Column(name = "members_applied", nullable = false)
    private int membersApplied;
    @Column(name = "members_added", nullable = false)
    private int membersAdded;
    @Column(name = "members_updated", nullable = false)
    private int membersUpdated;
    @Column(name = "members_deactivated", nullable = false)
    private int membersDeactivated;
    @Column(name = "groups_imported", nullable = false)
    private int groupsImported;
    @Column(name = "expected_members")
    private Integer expectedMembers;
    @Column(nullable = false)
    private int warnings;
    @Column(name = "last_warning")
    private String lastWarning;
    private String error;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;
    @Column(name = "finished_at")
    private Instant finishedAt;

    protected RosterSync() {
    }

    /**
     * A run that starts now. {@code expectedMembers} is how many members the course had after the
     * last run (null when never synced): NRPS does not say how long a roster is, so progress is
     * measured against that.
     */
    public RosterSync(UUID organisationId, UUID courseId, RosterSyncTrigger trigger, String requestedBy, String node,
                      Integer expectedMembers, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.organisationId = Objects.requireNonNull(organisationId);
        this.courseId = Objects.requireNonNull(courseId);
        this.trigger = Objects.requireNonNull(trigger);
        this.requestedBy = limit(Objects.requireNonNull(requestedBy), 300);
        this.node = limit(node, 200);
        this.expectedMembers = expectedMembers;
        this.mode = RosterSyncMode.FULL;
        this.state = RosterSyncState.RUNNING;
        this.createdAt = now;
        this.heartbeatAt = now;
    }

    public void readsAs(RosterSyncMode newMode) {
        this.mode = Objects.requireNonNull(newMode);
    }

    public void pageApplied(RosterPageOutcome outcome, Instant now) {
        pagesFetched++;
        membersApplied += outcome.applied();
        membersAdded += outcome.added();
        membersUpdated += outcome.updated();
        membersDeactivated += outcome.deactivated();
        if (outcome.warnings() > 0) {
            warnings += outcome.warnings();
            lastWarning = limit(outcome.lastWarning(), MAX_WARNING);
        }
        heartbeatAt = now;
    }

    public void groupsImported(int count, Instant now) {
        this.groupsImported = count;
        this.heartbeatAt = now;
    }

    /** Something went wrong that did not stop the run (e.g. the groups service failed). */
    public void warn(String warning, Instant now) {
        warnings++;
        lastWarning = limit(warning, MAX_WARNING);
        heartbeatAt = now;
    }

    /** Members absent from a complete full roster lost access. */
    public void absentDeactivated(int count, Instant now) {
        membersDeactivated += count;
        heartbeatAt = now;
    }

    public void succeed(Instant now) {
        requireRunning();
        state = RosterSyncState.SUCCEEDED;
        finishedAt = now;
        heartbeatAt = now;
    }

    public void fail(String reason, Instant now) {
        if (state.isFinished()) {
            return;
        }
        state = RosterSyncState.FAILED;
        error = limit(reason, MAX_ERROR);
        finishedAt = now;
        heartbeatAt = now;
    }

    private void requireRunning() {
        if (state != RosterSyncState.RUNNING) {
            throw new IllegalStateException("sync " + id + " is " + state);
        }
    }

    private static String limit(String value, int max) {
        if (value == null) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public UUID courseId() {
        return courseId;
    }

    public RosterSyncTrigger trigger() {
        return trigger;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public RosterSyncMode mode() {
        return mode;
    }

    public RosterSyncState state() {
        return state;
    }

    public boolean isRunning() {
        return state == RosterSyncState.RUNNING;
    }

    public String node() {
        return node;
    }

    public int pagesFetched() {
        return pagesFetched;
    }

    public int membersApplied() {
        return membersApplied;
    }

    public int membersAdded() {
        return membersAdded;
    }

    public int membersUpdated() {
        return membersUpdated;
    }

    public int membersDeactivated() {
        return membersDeactivated;
    }

    public int groupsImported() {
        return groupsImported;
    }

    public Integer expectedMembers() {
        return expectedMembers;
    }

    public int warnings() {
        return warnings;
    }

    public String lastWarning() {
        return lastWarning;
    }

    public String error() {
        return error;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant heartbeatAt() {
        return heartbeatAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
