package org.thirdspace.community.course;

/** Whether the LMS still counts the person in the course. Inactive members keep their history. */
public enum MembershipStatus {
    ACTIVE, INACTIVE
}
