package org.thirdspace.community.course;

/** How the tool learned of a membership. */
public enum MembershipSource {
    LAUNCH, ROSTER
}
