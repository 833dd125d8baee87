package org.thirdspace.community.course;

import java.util.Objects;
import java.util.UUID;

/** What a launch needs to know of an existing course or link without loading it: its id and names. */
public record CourseSummary(UUID id, String label, String title) {

    public boolean isNamed(String otherLabel, String otherTitle) {
        return Objects.equals(label, otherLabel) && Objects.equals(title, otherTitle);
    }
}
