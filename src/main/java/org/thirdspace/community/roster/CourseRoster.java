package org.thirdspace.community.roster;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.shared.NullableUuidConverter;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A course's roster source: the services its LMS offered at the latest launch, the NRPS
 * {@code differences} link of the last complete sync (NRPS 2.0 §2.4.2: a URL that returns only the
 * changes since), and when the roster was last brought up to date.
 *
 * <p>The lease columns say which sync run holds the course and until when; they are written only by
 * {@link Rosters}' conditional updates, never through this entity, so that two nodes cannot both
 * believe they hold it.
 */
@Entity
@Table(name = "course_roster")
@Access(AccessType.FIELD)
public class CourseRoster {

    @Id
    @Column(name = "course_context_id")
    private UUID courseId;
    @Column(name = "memberships_url")
    private String membershipsUrl;
    @Column(name = "resource_link_key")
    private String resourceLinkKey;
    @Column(name = "differences_url")
    private String differencesUrl;
    @Column(name = "groups_url")
    private String groupsUrl;
    @Column(name = "group_sets_url")
    private String groupSetsUrl;
    @Column(name = "last_success_at")
    private Instant lastSuccessAt;
    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;
    @Column(name = "lease_job_id", insertable = false, updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID leaseJobId;
    @Column(name = "lease_until", insertable = false, updatable = false)
    private Instant leaseUntil;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CourseRoster() {
    }

    public CourseRoster(UUID courseId, RosterServices services, Instant now) {
        this.courseId = Objects.requireNonNull(courseId);
        this.updatedAt = now;
        apply(services);
    }

    /**
     * Takes the services of a new launch. Returns whether anything changed, so that launches of a
     * course whose services did not change write nothing.
     *
     * <p>The resource link asked about ({@code rlid}) is the first one seen for the course's roster
     * URL: with {@code rlid} a platform lists the members who can reach that link, so switching
     * links from launch to launch would make the roster swing between audiences. A new roster URL
     * starts afresh, and makes the stored differences link meaningless: it belongs to the old listing.
     */
    public boolean offer(RosterServices offered, Instant now) {
        boolean sameListing = Objects.equals(offered.membershipsUrl(), membershipsUrl);
        String link = sameListing && resourceLinkKey != null ? resourceLinkKey : offered.resourceLinkKey();
        RosterServices services = new RosterServices(offered.membershipsUrl(), link, offered.groupsUrl(), offered.groupSetsUrl());
        if (services.equals(services())) {
            return false;
        }
        if (!sameListing) {
            differencesUrl = null;
        }
        apply(services);
        updatedAt = now;
        return true;
    }

    /** The platform no longer lists the resource link asked about; the next launch names the link to ask about. */
    public void forgetLink(Instant now) {
        this.resourceLinkKey = null;
        this.updatedAt = now;
    }

    private void apply(RosterServices services) {
        this.membershipsUrl = services.membershipsUrl();
        this.resourceLinkKey = services.resourceLinkKey();
        this.groupsUrl = services.groupsUrl();
        this.groupSetsUrl = services.groupSetsUrl();
    }

    public RosterServices services() {
        return new RosterServices(membershipsUrl, resourceLinkKey, groupsUrl, groupSetsUrl);
    }

    /** Never synced, or not since {@code staleAfter}. */
    public boolean isStale(Instant now, Duration staleAfter) {
        return lastSuccessAt == null || lastSuccessAt.plus(staleAfter).isBefore(now);
    }

    /** Whether some run seems to hold the course now (a hint; the conditional update decides). */
    public boolean looksLeased(Instant now) {
        return leaseJobId != null && leaseUntil != null && leaseUntil.isAfter(now);
    }

    public void attempted(Instant now) {
        this.lastAttemptAt = now;
        this.updatedAt = now;
    }

    /**
     * A complete sync: the roster is current as of {@code now}, and the platform's new differences
     * link (or none) is what the next sync starts from.
     */
    public void succeeded(String nextDifferencesUrl, Instant now) {
        this.lastSuccessAt = now;
        this.differencesUrl = nextDifferencesUrl;
        this.updatedAt = now;
    }

    /** The platform no longer honours the differences link (expired); the next sync reads everything. */
    public void forgetDifferences(Instant now) {
        this.differencesUrl = null;
        this.updatedAt = now;
    }

    public UUID courseId() {
        return courseId;
    }

    public String differencesUrl() {
        return differencesUrl;
    }

    public Instant lastSuccessAt() {
        return lastSuccessAt;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public UUID leaseJobId() {
        return leaseJobId;
    }

    public Instant leaseUntil() {
        return leaseUntil;
    }
}
