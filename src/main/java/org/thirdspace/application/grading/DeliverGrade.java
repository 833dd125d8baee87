package org.thirdspace.application.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.lms.GradeSink;
import org.thirdspace.application.lms.PlatformAccount;
import org.thirdspace.application.lms.PlatformAccounts;
import org.thirdspace.application.lms.PlatformUnavailable;
import org.thirdspace.application.lms.ServiceFailure;
import org.thirdspace.application.lms.ServiceRefused;
import org.thirdspace.application.lms.ServiceTimedOut;
import org.thirdspace.community.grading.GradeDelivery;
import org.thirdspace.community.grading.GradeProblem;
import org.thirdspace.community.grading.GradeService;
import org.thirdspace.community.grading.LinkGrading;
import org.thirdspace.community.grading.ParticipationRule;

import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Sends one learner's score to the LMS, off the request thread, and records what the LMS said —
 * for the instructor, in words, not only in a log. What each answer means (AGS 2.0; LTI.md §1.6):
 * <ul>
 *   <li>404 on the line item: it was deleted in the LMS; it is found again or re-created, once,
 *       and the score sent there;</li>
 *   <li>409: the LMS holds a later timestamp for this learner; the score is sent once more with a
 *       newer one;</li>
 *   <li>401: the service-token client has already asked for a new token once; the refusal is
 *       reported and the score waits for a change;</li>
 *   <li>5xx, 429, a timeout: tried again later, each wait twice as long as the one before.</li>
 * </ul>
 * Timestamps increase strictly for each learner and line item, across attempts and nodes.
 */
@ApplicationScoped
public class DeliverGrade {

    private static final Logger LOG = Logger.getLogger(DeliverGrade.class.getName());
    /** AGS 2.0 §3.2: the line item's tag, with which the tool finds its own column again. */
    static final String TAG = "thirdspace-participation";

    private GradeOutbox outbox;
    private PlatformAccounts accounts;
    private GradeSink sink;

    protected DeliverGrade() {
    }

    @Inject
    public DeliverGrade(GradeOutbox outbox, PlatformAccounts accounts, GradeSink sink) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.sink = sink;
    }

    public void deliver(UUID deliveryId) {
        GradeOutbox.Attempt attempt = outbox.read(deliveryId).orElse(null);
        if (attempt == null || !attempt.link().enabled()) {
            return;
        }
        GradeDelivery delivery = attempt.delivery();
        LinkGrading link = attempt.link();
        if (link.unavailable() != null) {
            outbox.finish(deliveryId, null, GradeProblem.NOT_OFFERED, null, null, null);
            return;
        }
        PlatformAccount account;
        try {
            account = accounts.of(link.organisationId());
        } catch (PlatformUnavailable e) {
            outbox.finish(deliveryId, null, GradeProblem.PLATFORM_NOT_ACTIVE, null, null, null);
            return;
        }
        Sending sending = new Sending(delivery, link, account);
        try {
            sending.send();
            outbox.finish(deliveryId, sending.lastTimestamp, null, null, sending.overcome, sending.overcomeStatus);
        } catch (ServiceFailure e) {
            LOG.info(() -> "Score of person " + delivery.personId() + " for link " + link.linkId() + " not delivered: " + e.getMessage());
            outbox.finish(deliveryId, sending.lastTimestamp, problem(e), status(e), null, null);
        }
    }

    static GradeProblem problem(ServiceFailure failure) {
        if (failure instanceof ServiceTimedOut) {
            return GradeProblem.TIMED_OUT;
        }
        if (!(failure instanceof ServiceRefused refused)) {
            return GradeProblem.PLATFORM_UNAVAILABLE;
        }
        return switch (refused.status()) {
            case 401 -> GradeProblem.UNAUTHORIZED;
            case 404 -> GradeProblem.LINE_ITEM_DELETED;
            case 409 -> GradeProblem.STALE_TIMESTAMP;
            default -> GradeProblem.REFUSED;
        };
    }

    private static Integer status(ServiceFailure failure) {
        return failure instanceof ServiceRefused refused && refused.status() > 0 ? refused.status() : null;
    }

    /** One delivery's calls, with what was overcome on the way. */
    private final class Sending {
        final GradeDelivery delivery;
        final LinkGrading link;
        final PlatformAccount account;
        GradeService service;
        Instant lastTimestamp;
        GradeProblem overcome;
        Integer overcomeStatus;

        Sending(GradeDelivery delivery, LinkGrading link, PlatformAccount account) {
            this.delivery = delivery;
            this.link = link;
            this.account = account;
            this.service = link.service();
        }

        void send() throws ServiceFailure {
            String lineItem = link.lineItem() != null ? link.lineItem() : findOrCreate();
            boolean recreated = false;
            boolean stale = false;
            while (true) {
                Instant timestamp = delivery.nextTimestamp(Instant.now(), stale);
                lastTimestamp = timestamp;
                try {
                    sink.score(account, service, lineItem, score(timestamp));
                    return;
                } catch (ServiceRefused e) {
                    if (e.status() == 404 && !recreated) {
                        recreated = true;
                        note(GradeProblem.LINE_ITEM_DELETED, 404);
                        outbox.lineItemDeleted(link.linkId(), lineItem);
                        if (lineItem.equals(service.lineItemUrl())) {
                            service = new GradeService(service.scopes(), service.lineItemsUrl(), null);
                        }
                        lineItem = findOrCreate();
                    } else if (e.status() == 409 && !stale) {
                        stale = true;
                        note(GradeProblem.STALE_TIMESTAMP, 409);
                    } else {
                        throw e;
                    }
                }
            }
        }

        private String findOrCreate() throws ServiceFailure {
            ParticipationRule rule = link.rule();
            String url = sink.lineItem(account, service, new GradeSink.LineItem(link.resourceLinkKey(), TAG,
                    "Participation: " + link.resourceLinkTitle(), rule.requiredConversations()));
            outbox.lineItemFound(link.linkId(), url);
            return url;
        }

        private GradeSink.Score score(Instant timestamp) {
            ParticipationRule.Score score = delivery.score();
            return new GradeSink.Score(delivery.subject(), score.given(), score.maximum(), score.activityProgress(),
                    score.gradingProgress(), timestamp);
        }

        private void note(GradeProblem problem, int status) {
            overcome = problem;
            overcomeStatus = status;
        }
    }
}
