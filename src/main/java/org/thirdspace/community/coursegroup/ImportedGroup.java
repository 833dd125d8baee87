package org.thirdspace.community.coursegroup;

import java.util.List;

/** A group as the LMS lists it, with the keys of the sets it belongs to (possibly none). */
public record ImportedGroup(String key, String name, String tag, List<String> setKeys) {

    public ImportedGroup {
        setKeys = setKeys == null ? List.of() : List.copyOf(setKeys);
    }
}
