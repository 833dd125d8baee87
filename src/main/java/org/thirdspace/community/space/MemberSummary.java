package org.thirdspace.community.space;

import java.util.UUID;

/** A member as a list shows them: who, and whether they came through a course or were invited. */
public record MemberSummary(UUID personId, String name, SpaceRole givenRole, boolean throughCourse) {
}
