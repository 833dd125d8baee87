package org.thirdspace.community.coursegroup;

import java.util.UUID;

/** A person in a course group, and whether they still have access to the course. */
public record GroupMemberEntry(UUID personId, String name, boolean active) {
}
