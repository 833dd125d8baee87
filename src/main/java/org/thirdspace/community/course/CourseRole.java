package org.thirdspace.community.course;

/**
 * What a person is in one course, after the platform's role vocabulary (full URIs, short names,
 * LTI 1.1 URNs) has been normalised. Roles the tool does not know are dropped: least privilege.
 */
public enum CourseRole {
    LEARNER,
    INSTRUCTOR,
    TEACHING_ASSISTANT,
    CONTENT_DEVELOPER,
    MENTOR,
    MANAGER,
    MEMBER,
    OFFICER,
    /** Administrator of this course (a context role), not of the organisation. */
    COURSE_ADMINISTRATOR;

    /** May shape the course's community: create spaces, seed topics, link content. */
    public boolean teaches() {
        return this == INSTRUCTOR || this == TEACHING_ASSISTANT || this == CONTENT_DEVELOPER || this == COURSE_ADMINISTRATOR;
    }
}
