package org.thirdspace.application.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.community.grading.GradeDelivery;
import org.thirdspace.community.grading.Gradings;
import org.thirdspace.community.grading.LinkGrading;
import org.thirdspace.community.grading.Participation;
import org.thirdspace.community.grading.ParticipationRule;
import org.thirdspace.community.space.Spaces;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Applies a link's participation rule to the conversations of the space it opens and queues each
 * learner's score when it changed. Only learners (a learner role and no teaching role) get a score;
 * a learner with no conversation yet gets none until they have one.
 */
@ApplicationScoped
public class QueueParticipationGrades {

    private Gradings gradings;
    private Participation participation;
    private Spaces spaces;

    protected QueueParticipationGrades() {
    }

    @Inject
    public QueueParticipationGrades(Gradings gradings, Participation participation, Spaces spaces) {
        this.gradings = gradings;
        this.participation = participation;
        this.spaces = spaces;
    }

    /** Returns how many scores were queued. */
    @Transactional
    public int queue(UUID linkId) {
        LinkGrading grading = gradings.link(linkId).orElse(null);
        UUID spaceId = spaces.entry(linkId).orElse(null);
        if (grading == null || !grading.enabled() || spaceId == null) {
            return 0;
        }
        Instant now = Instant.now();
        ParticipationRule rule = grading.rule();
        Map<UUID, Long> conversations = participation.conversations(spaceId, rule.periodStart(), rule.periodEnd());
        Map<UUID, GradeDelivery> deliveries = gradings.deliveries(linkId);
        int queued = 0;
        for (Participation.Learner learner : participation.learners(grading.courseId())) {
            long count = conversations.getOrDefault(learner.personId(), 0L);
            ParticipationRule.Score score = rule.score(count, now);
            GradeDelivery delivery = deliveries.get(learner.personId());
            if (delivery == null && count > 0) {
                gradings.add(new GradeDelivery(linkId, learner.personId(), learner.subject(), score, now));
                queued++;
            } else if (delivery != null && delivery.offer(score, now)) {
                queued++;
            }
        }
        return queued;
    }
}
