package org.thirdspace.community.course;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Courses, their memberships and links; every look-up is scoped by organisation or by course. */
public interface Courses {

    Optional<CourseContext> find(UUID organisationId, UUID courseId);

    Optional<CourseContext> findByKey(UUID organisationId, String deploymentId, String contextKey);

    /** The organisation's courses with this context id, under any deployment, oldest first. */
    List<CourseContext> findByContextKey(UUID organisationId, String contextKey);

    /** Id and names of a course, from a cache of committed courses when possible. */
    Optional<CourseSummary> summaryByKey(UUID organisationId, String deploymentId, String contextKey);

    /** Id and title of a link (label unused), from a cache of committed links when possible. */
    Optional<CourseSummary> linkSummary(UUID courseId, String linkKey);

    void add(CourseContext course);

    Optional<CourseMembership> membership(UUID courseId, UUID personId);

    void add(CourseMembership membership);

    List<CourseMembership> memberships(UUID courseId, int limit);

    Optional<ResourceLink> link(UUID courseId, String linkKey);

    void add(ResourceLink link);
}
