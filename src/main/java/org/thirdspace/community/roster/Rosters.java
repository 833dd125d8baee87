package org.thirdspace.community.roster;

import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.course.CourseMembership;
import org.thirdspace.community.course.MembershipStatus;
import org.thirdspace.community.person.Person;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Course rosters: their sources, their sync runs, the lease that keeps one run per course across a
 * cluster, and the bulk reads and writes that apply a roster page by page. Every look-up is scoped
 * by course or organisation.
 */
public interface Rosters {

    /** A course by id alone, for operators and for runs, which act on the course they were given. */
    Optional<CourseContext> course(UUID courseId);

    Optional<CourseRoster> roster(UUID courseId);

    void add(CourseRoster roster);

    /**
     * Courses whose roster a schedule should sync now: a roster service is known, no lease is held,
     * and no run was attempted since {@code attemptedBefore}. Oldest attempt first.
     */
    List<UUID> due(Instant attemptedBefore, Instant now, int limit);

    /**
     * Takes the course's lease for a run if nobody holds it or its holder let it expire: a single
     * conditional update, so that of two nodes asking at once exactly one gets it.
     */
    boolean acquireLease(UUID courseId, UUID syncId, Instant now, Instant until);

    /** Extends the lease if {@code syncId} still holds it; false when it was lost. */
    boolean renewLease(UUID courseId, UUID syncId, Instant until);

    void releaseLease(UUID courseId, UUID syncId);

    void add(RosterSync sync);

    Optional<RosterSync> sync(UUID syncId);

    Optional<RosterSync> latest(UUID courseId);

    /** Runs newest first; either filter may be null (all organisations, all courses). */
    List<RosterSync> history(UUID organisationId, UUID courseId, int limit);

    /** Adds people and course memberships a roster page brought, in one call (a page may bring a thousand). */
    void addAll(Collection<Person> people, Collection<CourseMembership> memberships);

    /** The people of an organisation with these subjects, by subject. */
    Map<String, Person> peopleBySubject(UUID organisationId, Collection<String> subjects);

    /** A course's memberships of these people, by person. */
    Map<UUID, CourseMembership> memberships(UUID courseId, Collection<UUID> personIds);

    /** Records that run {@code syncId} listed these people's memberships (after pending changes are written). */
    void markListed(UUID courseId, Collection<UUID> personIds, UUID syncId);

    /**
     * After a complete full roster: active memberships it did not list lose access, except those
     * that began or launched since the run began (the run created them from its listing, or the
     * LMS let the person in after the listing was taken). Returns whom: the people who left the course.
     */
    List<UUID> deactivateUnlisted(UUID courseId, UUID syncId, Instant runStartedAt, Instant now);

    long countMembers(UUID courseId, MembershipStatus status);

    List<RosterEntry> members(UUID courseId, MembershipStatus status, int offset, int limit);
}
