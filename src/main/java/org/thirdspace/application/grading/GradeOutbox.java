package org.thirdspace.application.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.community.grading.GradeDelivery;
import org.thirdspace.community.grading.GradeProblem;
import org.thirdspace.community.grading.Gradings;
import org.thirdspace.community.grading.LinkGrading;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox's short transactions around a delivery, so that no transaction stays open while the
 * LMS is called: take due deliveries (the lease makes one node send each), read one, remember the
 * line item, and write the outcome.
 */
@ApplicationScoped
public class GradeOutbox {

    /** Longer than the few calls of one delivery with their timeouts; a node that dies frees it after this. */
    static final Duration LEASE = Duration.ofMinutes(2);

    private Gradings gradings;

    protected GradeOutbox() {
    }

    @Inject
    public GradeOutbox(Gradings gradings) {
        this.gradings = gradings;
    }

    @Transactional
    public List<UUID> due(Instant now, int limit) {
        return gradings.due(now, limit);
    }

    @Transactional
    public boolean lease(UUID deliveryId, Instant now) {
        return gradings.lease(deliveryId, now, now.plus(LEASE));
    }

    /** A delivery and its link, read for sending (detached once the transaction ends). */
    @Transactional
    public Optional<Attempt> read(UUID deliveryId) {
        return gradings.delivery(deliveryId).flatMap(delivery -> gradings.link(delivery.linkId())
                .map(link -> new Attempt(delivery, link)));
    }

    public record Attempt(GradeDelivery delivery, LinkGrading link) {
    }

    @Transactional
    public void lineItemFound(UUID linkId, String url) {
        gradings.link(linkId).ifPresent(link -> link.useLineItem(url, Instant.now()));
    }

    @Transactional
    public void lineItemDeleted(UUID linkId, String url) {
        gradings.link(linkId).ifPresent(link -> link.lineItemDeleted(url, Instant.now()));
    }

    /**
     * The outcome: {@code problem} null is a success; {@code overcome} a problem met on the way and
     * dealt with (still shown to the instructor). {@code lastTimestamp} is the latest one sent.
     */
    @Transactional
    public void finish(UUID deliveryId, Instant lastTimestamp, GradeProblem problem, Integer status, GradeProblem overcome,
                       Integer overcomeStatus) {
        gradings.delivery(deliveryId).ifPresent(delivery -> {
            Instant now = Instant.now();
            delivery.timestampSent(lastTimestamp);
            if (problem == null) {
                delivery.sent(now);
                if (overcome != null) {
                    delivery.note(overcome, overcomeStatus);
                }
            } else {
                delivery.failed(problem, status, now);
            }
        });
    }
}
