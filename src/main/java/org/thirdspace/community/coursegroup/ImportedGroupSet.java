package org.thirdspace.community.coursegroup;

/** A group set as the LMS lists it. */
public record ImportedGroupSet(String key, String name, String tag) {
}
