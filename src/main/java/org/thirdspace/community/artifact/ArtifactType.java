package org.thirdspace.community.artifact;

import java.util.List;
import java.util.Optional;

/**
 * What kind of support an artifact gives, each with its sections (the template a new artifact of
 * the type starts from). {@code gathers} is the section where the cited replies go when an
 * artifact is made from a conversation: a checklist's items, an FAQ's answer, a decision guide's
 * options. The first section takes the opening post.
 */
public enum ArtifactType {
    JOB_AID(List.of("when", "steps", "tips"), 1),
    CHECKLIST(List.of("before", "items", "done"), 1),
    FAQ(List.of("question", "answer"), 1),
    WORKED_EXAMPLE(List.of("situation", "what_was_done", "why_it_worked", "try_it"), 1),
    DECISION_GUIDE(List.of("decision", "options", "how_to_choose", "watch_out"), 1),
    WORKING_OUT_LOUD(List.of("working_on", "learned", "need_help"), 1),
    WEEKLY_SYNTHESIS(List.of("this_week", "most_discussed", "still_open", "new_here"), 1),
    MEETING_NOTES(List.of("present", "discussed", "decisions", "next_steps"), 1);

    private final List<String> sections;
    private final int gathers;

    ArtifactType(List<String> sections, int gathers) {
        this.sections = sections;
        this.gathers = gathers;
    }

    /** The section keys, in order; their headings per language are {@link ArtifactTemplate}'s. */
    public List<String> sections() {
        return sections;
    }

    public String gatheringSection() {
        return sections.get(gathers);
    }

    /** Cited replies become tick boxes in a checklist, points elsewhere. */
    public boolean ticks() {
        return this == CHECKLIST;
    }

    public static Optional<ArtifactType> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (ArtifactType type : values()) {
            if (type.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
