package org.thirdspace.community.course;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** A person's place in a course, with the roles the LMS gives them there. */
@Entity
@Table(name = "course_membership")
@Access(AccessType.FIELD)
public class CourseMembership {

    private static final Duration LAUNCH_STAMP_RESOLUTION = Duration.ofMinutes(1);

    @Id
    private UUID id;
    @Column(name = "course_context_id", nullable = false, updatable = false)
    private UUID courseContextId;
    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;
    @Column(nullable = false)
    private String roles;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MembershipStatus status;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MembershipSource source;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "last_launch_at")
    private Instant lastLaunchAt;
    /**
     * The resource link's custom values for this member, as the roster last listed them (NRPS
     * {@code message}). Stored as a JSON object: its mapping and converter are in the persistence
     * layer's mapping file ({@code org/thirdspace/persistence/mapping.xml}), so the domain imports no JSON.
     */
    private Map<String, String> custom;

    protected CourseMembership() {
    }

    public CourseMembership(UUID courseContextId, UUID personId, RoleSet roles, MembershipSource source, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.courseContextId = Objects.requireNonNull(courseContextId);
        this.personId = Objects.requireNonNull(personId);
        this.roles = roles.encode();
        this.status = MembershipStatus.ACTIVE;
        this.source = source;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The LMS's latest roles; an active launch also re-activates an inactive membership. */
    public boolean confirm(RoleSet newRoles, Instant now) {
        String encoded = newRoles.encode();
        if (encoded.equals(roles) && status == MembershipStatus.ACTIVE) {
            return false;
        }
        this.roles = encoded;
        this.status = MembershipStatus.ACTIVE;
        this.updatedAt = now;
        return true;
    }

    /**
     * What the LMS's roster says now: whether the member has access, the course roles of someone
     * who never launched, and the link's custom values for them (kept as they were when the listing carries none). Returns
     * whether anything changed, so that an unchanged roster writes nothing.
     */
    public boolean listInRoster(RoleSet newRoles, boolean active, Map<String, String> newCustom, Instant now) {
        // Launches and roster listings can disagree about one person (Moodle launches a non-editing
        // teacher as an Instructor but lists them as a Learner), and following both would flip the
        // roles at every launch and every sync. The rule: the roles of a person's latest launch hold
        // for the course until a later launch says otherwise; the roster adds people, removes them,
        // and gives roles only to those who never launched. Organisation-wide flags come from
        // launches, and a roster that does not list institution roles does not take them away.
        RoleSet current = roles();
        RoleSet courseRoles = lastLaunchAt == null ? newRoles : current;
        String encoded = new RoleSet(courseRoles.courseRoles(), newRoles.organisationAdministrator() || current.organisationAdministrator(),
                newRoles.testUser() || current.testUser()).encode();
        MembershipStatus newStatus = active ? MembershipStatus.ACTIVE : MembershipStatus.INACTIVE;
        boolean customChanged = !newCustom.isEmpty() && !newCustom.equals(custom);
        if (encoded.equals(roles) && status == newStatus && !customChanged) {
            return false;
        }
        this.roles = encoded;
        this.status = newStatus;
        if (customChanged) {
            this.custom = Map.copyOf(newCustom);
        }
        this.updatedAt = now;
        return true;
    }

    /**
     * The link's custom values a launch carried for this member (LTI 1.3 §5.4.6): the same values
     * a roster listing carries in its {@code message} (NRPS 2.0 §2.5), so the latest of the two
     * holds. A launch without custom values keeps what was known. Written only when they changed.
     */
    public boolean launchedWith(Map<String, String> launchCustom, Instant now) {
        if (launchCustom.isEmpty() || launchCustom.equals(custom)) {
            return false;
        }
        this.custom = Map.copyOf(launchCustom);
        this.updatedAt = now;
        return true;
    }

    public Map<String, String> custom() {
        return custom == null ? Map.of() : custom;
    }

    public boolean recordLaunch(Instant now) {
        if (lastLaunchAt != null && Duration.between(lastLaunchAt, now).compareTo(LAUNCH_STAMP_RESOLUTION) < 0) {
            return false;
        }
        this.lastLaunchAt = now;
        return true;
    }

    public void deactivate(Instant now) {
        if (status != MembershipStatus.INACTIVE) {
            this.status = MembershipStatus.INACTIVE;
            this.updatedAt = now;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID courseContextId() {
        return courseContextId;
    }

    public UUID personId() {
        return personId;
    }

    public RoleSet roles() {
        return RoleSet.decode(roles);
    }

    public MembershipStatus status() {
        return status;
    }

    public boolean isActive() {
        return status == MembershipStatus.ACTIVE;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastLaunchAt() {
        return lastLaunchAt;
    }

    public MembershipSource source() {
        return source;
    }
}
