package org.thirdspace.application.courselink;

import java.util.List;
import java.util.UUID;

/**
 * Where a launch lands: a space; a choice between the spaces linked to the course; an artifact
 * placed on the course page ({@code artifactId}: the page then says whether the person may read
 * it); or — for a course with no space yet — the "not set up yet" page, which offers instructors
 * to create one (or, where only admins start spaces, tells them to ask one).
 */
public record LaunchDestination(UUID spaceId, String spaceTitle, List<Choice> choices, boolean notSetUp, boolean mayCreate,
                                boolean askAdmin, String courseName, UUID artifactId) {

    public record Choice(UUID spaceId, String title) {
    }

    static LaunchDestination space(UUID id, String title) {
        return new LaunchDestination(id, title, List.of(), false, false, false, null, null);
    }

    static LaunchDestination choose(List<Choice> choices) {
        return new LaunchDestination(null, null, List.copyOf(choices), false, false, false, null, null);
    }

    static LaunchDestination notSetUp(boolean mayCreate, String courseName) {
        return notSetUp(mayCreate, false, courseName);
    }

    /** {@code askAdmin}: the person teaches the course, but their organisation lets only its admins start spaces. */
    static LaunchDestination notSetUp(boolean mayCreate, boolean askAdmin, String courseName) {
        return new LaunchDestination(null, null, List.of(), true, mayCreate, askAdmin, courseName, null);
    }

    static LaunchDestination artifact(UUID artifactId) {
        return new LaunchDestination(null, null, List.of(), false, false, false, null, artifactId);
    }
}
