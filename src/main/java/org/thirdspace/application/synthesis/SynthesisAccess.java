package org.thirdspace.application.synthesis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.space.SpacePolicy;
import org.thirdspace.community.synthesis.Week;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Who drafts and publishes a space's synthesis: its synthesizers and facilitators. A space of
 * another organisation is "not found"; a member without the role, or a non-member, is refused.
 */
@ApplicationScoped
public class SynthesisAccess {

    private SpaceAccess spaces;

    protected SynthesisAccess() {
    }

    @Inject
    public SynthesisAccess(SpaceAccess spaces) {
        this.spaces = spaces;
    }

    public SpaceAccess.InSpace synthesizer(Actor actor, UUID spaceId) {
        SpaceAccess.InSpace in = spaces.look(actor, spaceId);
        if (!SpacePolicy.maySynthesize(in.membership())) {
            throw new AccessDenied("only the space's synthesizers and facilitators draft and publish its weekly synthesis");
        }
        return in;
    }

    /** The week containing the given day (ISO date), or the current week; never one that has not begun. */
    static Week week(String day, Instant now) {
        Week week;
        if (day == null || day.isBlank()) {
            week = Week.containing(now);
        } else {
            try {
                week = Week.of(LocalDate.parse(day.strip()));
            } catch (DateTimeParseException e) {
                throw new InvalidRequest("week", "week is a date (YYYY-MM-DD) in the week");
            }
        }
        if (week.start().isAfter(now)) {
            throw new InvalidRequest("week", "that week has not begun");
        }
        return week;
    }
}
