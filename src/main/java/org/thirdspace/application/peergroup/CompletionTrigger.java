package org.thirdspace.application.peergroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.thirdspace.application.roster.CourseMembersListed;
import org.thirdspace.community.peergroup.programme.Programme;
import org.thirdspace.community.peergroup.programme.ProgrammeTrigger;
import org.thirdspace.community.peergroup.programme.Programmes;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.space.Spaces;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A programme whose trigger is completion groups those who completed its courses (the custom value
 * {@code course_completed}, see {@link ProgrammeRoster}), as their completions arrive by launch or
 * roster listing. Its first round forms by itself, in the background as the course-end trigger's
 * does, once enough people completed for two groups of the minimum size (one group would not be a
 * grouping); the facilitator may start it before. Once any run of the programme started, a signal
 * forms nothing more: who completes after the round was published joins it as a late joiner
 * ({@link PlaceLateJoiners}), and who completes while a draft waits is placed by the facilitator's
 * "Place late joiners" or at their next signal.
 */
@ApplicationScoped
public class CompletionTrigger {

    private static final Logger LOG = Logger.getLogger(CompletionTrigger.class.getName());

    private Spaces spaces;
    private Programmes programmes;
    private ProgrammeRoster roster;
    private StartFormation startFormation;
    private PlaceLateJoiners lateJoiners;

    protected CompletionTrigger() {
    }

    @Inject
    public CompletionTrigger(Spaces spaces, Programmes programmes, ProgrammeRoster roster, StartFormation startFormation,
                             PlaceLateJoiners lateJoiners) {
        this.spaces = spaces;
        this.programmes = programmes;
        this.roster = roster;
        this.startFormation = startFormation;
        this.lateJoiners = lateJoiners;
    }

    /** Once the launch committed: the run's thread must find the completion stored. */
    void onSeen(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseMemberSeen seen) {
        if (ProgrammeRoster.completed(seen.custom())) {
            signalled(seen.courseId(), List.of(seen.personId()), seen.at());
        }
    }

    void onListed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseMembersListed listed) {
        List<UUID> completed = listed.custom().entrySet().stream().filter(e -> ProgrammeRoster.completed(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        if (!completed.isEmpty()) {
            signalled(listed.courseId(), completed, listed.at());
        }
    }

    private void signalled(UUID courseId, List<UUID> completed, Instant now) {
        try {
            completions(courseId, completed, now);
        } catch (RuntimeException e) {
            // The launch or page has succeeded; the next signal (or the facilitator) acts.
            LOG.log(Level.WARNING, "Completion trigger of course " + courseId + " failed", e);
        }
    }

    public void completions(UUID courseId, List<UUID> completed, Instant now) {
        for (Space space : spaces.linkedTo(courseId)) {
            programmes.ofSpace(space.id())
                    .filter(p -> p.trigger() == ProgrammeTrigger.COMPLETION && p.courseIds().contains(courseId))
                    .ifPresent(p -> act(p, space, completed, now));
        }
    }

    private void act(Programme programme, Space space, List<UUID> completed, Instant now) {
        if (programmes.latestRound(programme.id()).isPresent()) {
            var placed = lateJoiners.placeSignalled(programme, completed, now);
            if (!placed.placed().isEmpty()) {
                LOG.info(() -> placed.placed().size() + " who completed late joined groups of programme " + programme.id());
            }
            return;
        }
        if (programmes.latest(programme.id()).isPresent()) {
            return;
        }
        int people = roster.people(programme).size();
        if (people >= 2 * programme.size().min()) {
            LOG.info(() -> people + " completed the courses of programme " + programme.id() + ": forming its first round");
            startFormation.triggered(programme, space.createdBy(), now);
        }
    }
}
