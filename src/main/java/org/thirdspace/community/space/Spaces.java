package org.thirdspace.community.space;

import org.thirdspace.community.course.RoleSet;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Spaces, the courses linked to them, their entries from course pages, and their members. */
public interface Spaces {

    Optional<Space> find(UUID organisationId, UUID spaceId);

    void add(Space space);

    /** Links a course to a space; linking twice changes nothing. */
    void linkCourse(UUID spaceId, UUID courseId, UUID linkedBy, Instant now);

    List<UUID> linkedCourses(UUID spaceId);

    List<Space> linkedTo(UUID courseId);

    Optional<UUID> entry(UUID resourceLinkId);

    /**
     * Where a launch through a course page's link may lead: the space the link enters, when it has
     * one in the organisation; otherwise the spaces linked to the course, oldest link first. A
     * launch asks this once, so the database may answer it in one look-up. The spaces are for
     * routing only: changes made to them are not saved.
     */
    default List<Space> entryOrLinked(UUID organisationId, UUID resourceLinkId, UUID courseId) {
        Optional<Space> entry = entry(resourceLinkId).flatMap(id -> find(organisationId, id));
        return entry.isPresent() ? List.of(entry.get()) : linkedTo(courseId);
    }

    void setEntry(UUID resourceLinkId, UUID spaceId, Instant now);

    Optional<SpaceMember> member(UUID spaceId, UUID personId);

    void add(SpaceMember member);

    /** The roles of the person's active memberships in the courses linked to the space. */
    List<RoleSet> courseRoles(UUID spaceId, UUID personId);

    /**
     * The memberships of these people in one space, by person (who is no member, or left, is
     * absent): a few queries whatever the number of people.
     */
    Map<UUID, Membership> memberships(UUID spaceId, Collection<UUID> personIds);

    /** Who moderates the space (its facilitators and moderators, through a course or a given role), at most {@code limit}. */
    List<UUID> moderators(UUID spaceId, int limit);

    /** Members whose name contains {@code query} (any, when blank), by name. */
    List<MemberSummary> members(UUID spaceId, String query, int limit);

    long memberCount(UUID spaceId);

    /** Conversations every member can see, per space (spaces without any are left out). */
    java.util.Map<UUID, SpaceActivity> activity(java.util.Collection<UUID> spaceIds, Instant now);

    /** Every space of the organisation the person is a member of (through a course or a given role). */
    List<Space> spacesOf(UUID organisationId, UUID personId);

    /** Every space of the organisation, archived ones too, by title, at most {@code limit} (for its administrators). */
    List<Space> ofOrganisation(UUID organisationId, int limit);

    /** The person's memberships in all spaces of the organisation (those who left excluded). */
    List<Membership> memberships(UUID organisationId, UUID personId);

    /**
     * As {@link #memberships(UUID, UUID)} for many people of the organisation at once, by person
     * (everyone asked is a key): for a page of digest recipients, a few queries instead of a few per person.
     */
    default Map<UUID, List<Membership>> membershipsOf(UUID organisationId, Collection<UUID> personIds) {
        Map<UUID, List<Membership>> all = new java.util.LinkedHashMap<>();
        personIds.forEach(person -> all.put(person, memberships(organisationId, person)));
        return all;
    }

    /** Titles of the organisation's spaces by id, for lists that name where things are. */
    Map<UUID, String> titles(UUID organisationId, Collection<UUID> spaceIds);

    /**
     * Spaces of the organisation that are not archived, whose title or purpose contains
     * {@code query} or whose threads carry the tag {@code tagName}, limited to {@code within}
     * unless it is null; for linking a space into a course.
     */
    List<Space> search(UUID organisationId, String query, String tagName, Collection<UUID> within, int limit);

    /** The run of {@code spaceId} started for a copied course, if there is one. */
    Optional<Space> runFor(UUID spaceId, UUID courseId);
}
