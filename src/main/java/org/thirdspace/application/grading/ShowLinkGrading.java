package org.thirdspace.application.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.community.grading.GradeDelivery;
import org.thirdspace.community.grading.GradingUnavailable;
import org.thirdspace.community.grading.Gradings;
import org.thirdspace.community.grading.LinkGrading;
import org.thirdspace.community.grading.Participation;
import org.thirdspace.community.grading.ParticipationRule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The grading of the link a facilitator came from, with each learner's status (see {@link GradingAccess}). */
@ApplicationScoped
public class ShowLinkGrading {

    private GradingAccess access;
    private Gradings gradings;
    private Participation participation;

    protected ShowLinkGrading() {
    }

    @Inject
    public ShowLinkGrading(GradingAccess access, Gradings gradings, Participation participation) {
        this.access = access;
        this.gradings = gradings;
        this.participation = participation;
    }

    @Transactional
    public LinkGradingView show(Actor actor, UUID spaceId) {
        GradingAccess.Target target = access.require(actor, spaceId);
        LinkGrading grading = gradings.link(target.linkId()).orElse(null);
        if (grading == null) {
            return new LinkGradingView(false, name(GradingUnavailable.NO_SERVICE), false, LinkGrading.DEFAULT_REQUIRED,
                    null, null, false, List.of());
        }
        GradingUnavailable unavailable = grading.unavailable();
        ParticipationRule rule = grading.rule();
        Map<UUID, GradeDelivery> deliveries = gradings.deliveries(grading.linkId());
        List<LinkGradingView.LearnerGrade> learners = new ArrayList<>();
        for (Participation.Learner learner : participation.learners(grading.courseId())) {
            GradeDelivery delivery = deliveries.get(learner.personId());
            learners.add(delivery == null
                    ? new LinkGradingView.LearnerGrade(learner.personId(), learner.name(), null, null, "none", null, null, 0, null, null)
                    : view(learner, delivery));
        }
        return new LinkGradingView(unavailable == null, name(unavailable), grading.enabled(), rule.requiredConversations(),
                GradingPeriod.from(rule.periodStart()), GradingPeriod.until(rule.periodEnd()), grading.lineItem() != null, learners);
    }

    private static LinkGradingView.LearnerGrade view(Participation.Learner learner, GradeDelivery delivery) {
        Instant next = switch (delivery.state()) {
            case PENDING, RETRYING -> delivery.nextAttemptAt();
            default -> null;
        };
        return new LinkGradingView.LearnerGrade(learner.personId(), learner.name(), delivery.score().given(),
                delivery.score().maximum(), delivery.state().name().toLowerCase(Locale.ROOT), name(delivery.problem()),
                delivery.problemStatus(), delivery.attempts(), delivery.sentAt(), next);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
