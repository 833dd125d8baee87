package org.thirdspace.application.peergroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.thirdspace.application.roster.CourseMembersListed;
import org.thirdspace.community.peergroup.programme.FormationRun;
import org.thirdspace.community.peergroup.programme.Programme;
import org.thirdspace.community.peergroup.programme.ProgrammeTrigger;
import org.thirdspace.community.peergroup.programme.Programmes;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.space.Spaces;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A programme whose trigger is the course end starts its formation by itself once one of its
 * courses has ended: a launch or roster listing carries the custom value {@code course_end}
 * (ISO-8601, as an LMS substitutes {@code $CourseSection.timeFrame.end}, LTI 1.3 §5.4.6) in the past.
 * Each end starts one run: a run started after the end (running, ready or published) answers it.
 * Two nodes seeing the same end race on the programme's one-running-run index; the loser's claim
 * is refused and it starts nothing.
 */
@ApplicationScoped
public class CourseEndTrigger {

    private static final Logger LOG = Logger.getLogger(CourseEndTrigger.class.getName());
    static final String COURSE_END = "course_end";

    private Spaces spaces;
    private Programmes programmes;
    private StartFormation startFormation;

    protected CourseEndTrigger() {
    }

    @Inject
    public CourseEndTrigger(Spaces spaces, Programmes programmes, StartFormation startFormation) {
        this.spaces = spaces;
        this.programmes = programmes;
        this.startFormation = startFormation;
    }

    /**
     * Once the launch's transaction committed: the run's background thread must find the course's
     * values, and a refused launch starts nothing.
     */
    void onSeen(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseMemberSeen seen) {
        try {
            courseSeen(seen.courseId(), seen.custom(), seen.at());
        } catch (RuntimeException e) {
            // The launch has succeeded; the next one (or the facilitator) starts the run.
            LOG.log(Level.WARNING, "Course-end trigger of course " + seen.courseId() + " failed", e);
        }
    }

    /** A roster page listed the course's members: the listing carries the end as a launch does. */
    void onListed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseMembersListed listed) {
        try {
            listed.custom().values().stream().filter(custom -> end(custom).isPresent()).findFirst()
                    .ifPresent(custom -> courseSeen(listed.courseId(), custom, listed.at()));
        } catch (RuntimeException e) {
            // The page is applied; the next listing or launch (or the facilitator) starts the run.
            LOG.log(Level.WARNING, "Course-end trigger of course " + listed.courseId() + " failed", e);
        }
    }

    public void courseSeen(UUID courseId, Map<String, String> custom, Instant now) {
        Optional<Instant> end = end(custom);
        if (end.isEmpty() || end.get().isAfter(now)) {
            return;
        }
        for (Space space : spaces.linkedTo(courseId)) {
            programmes.ofSpace(space.id())
                    .filter(p -> p.trigger() == ProgrammeTrigger.COURSE_END && p.courseIds().contains(courseId))
                    .filter(p -> !answered(p, end.get()))
                    .ifPresent(p -> {
                        LOG.info(() -> "Course " + courseId + " ended at " + end.get() + ": forming the groups of programme " + p.id());
                        startFormation.triggered(p, space.createdBy(), now);
                    });
        }
    }

    private boolean answered(Programme programme, Instant end) {
        return programmes.latest(programme.id()).map(FormationRun::startedAt).filter(s -> !s.isBefore(end)).isPresent();
    }

    static Optional<Instant> end(Map<String, String> custom) {
        String value = custom == null ? null : custom.get(COURSE_END);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.trim()).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(Instant.parse(value.trim()));
            } catch (DateTimeParseException again) {
                // An unsubstituted "$CourseSection.timeFrame.end" or a bare date: no end we can act on.
                return Optional.empty();
            }
        }
    }
}
