package org.thirdspace.community.space;

import java.util.UUID;

/**
 * A member as a list shows them: who (with the picture their LMS sent, if any), and whether they
 * came through a course or were invited.
 */
public record MemberSummary(UUID personId, String name, String picture, SpaceRole givenRole, boolean throughCourse) {
}
