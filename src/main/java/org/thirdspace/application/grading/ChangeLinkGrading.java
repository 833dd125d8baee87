package org.thirdspace.application.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.community.grading.GradingUnavailable;
import org.thirdspace.community.grading.Gradings;
import org.thirdspace.community.grading.LinkGrading;
import org.thirdspace.community.grading.ParticipationRule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An instructor turns participation grades on for the link they came from (choosing N and the
 * period), changes them, or turns them off. Turning on needs the LMS's grade service with the score
 * scope; saving again gives refused scores another chance. Nothing is written when a value is
 * refused.
 */
@ApplicationScoped
public class ChangeLinkGrading {

    private GradingAccess access;
    private Gradings gradings;

    protected ChangeLinkGrading() {
    }

    @Inject
    public ChangeLinkGrading(GradingAccess access, Gradings gradings) {
        this.access = access;
        this.gradings = gradings;
    }

    public record Change(Boolean enabled, Integer requiredConversations, LocalDate from, LocalDate until) {
    }

    @Transactional
    public void change(Actor actor, UUID spaceId, Change change) {
        GradingAccess.Target target = access.require(actor, spaceId);
        if (change == null || change.enabled() == null) {
            throw new InvalidRequest("enabled", "say whether participation grades are on (true or false)");
        }
        Instant now = Instant.now();
        LinkGrading grading = gradings.link(target.linkId()).orElse(null);
        if (!change.enabled()) {
            if (grading != null) {
                grading.turnOff(actor.personId(), now);
            }
            return;
        }
        ParticipationRule rule = rule(change);
        GradingUnavailable unavailable = grading == null ? GradingUnavailable.NO_SERVICE : grading.unavailable();
        if (unavailable != null) {
            throw new Conflict(switch (unavailable) {
                case NO_SERVICE -> "the LMS has not offered Assignment and Grade Services for this link, so grades cannot go back to it";
                case NO_SCORE_SCOPE -> "the LMS offers grade services for this link without the permission to post scores";
                case NO_LINE_ITEM -> "the LMS gives this link no gradebook column and does not let Thirdspace create one";
            });
        }
        grading.turnOn(rule, actor.personId(), now);
        gradings.deliveries(grading.linkId()).values().forEach(delivery -> delivery.retryRefused(now));
    }

    private static ParticipationRule rule(Change change) {
        Integer required = change.requiredConversations();
        if (required == null || required < 1 || required > ParticipationRule.MAX_REQUIRED) {
            throw new InvalidRequest("requiredConversations",
                    "the number of conversations must be between 1 and " + ParticipationRule.MAX_REQUIRED);
        }
        if (change.from() != null && change.until() != null && change.until().isBefore(change.from())) {
            throw new InvalidRequest("until", "the period must not end before it starts");
        }
        return new ParticipationRule(required, GradingPeriod.start(change.from()), GradingPeriod.end(change.until()));
    }
}
