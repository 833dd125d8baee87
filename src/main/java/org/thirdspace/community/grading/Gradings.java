package org.thirdspace.community.grading;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Links' grading settings and the outbox of scores (repository port). */
public interface Gradings {

    Optional<LinkGrading> link(UUID linkId);

    void add(LinkGrading grading);

    Optional<GradeDelivery> delivery(UUID deliveryId);

    Map<UUID, GradeDelivery> deliveries(UUID linkId);

    void add(GradeDelivery delivery);

    /** Deliveries waiting (pending or retrying) whose time has come and which no node holds. */
    List<UUID> due(Instant now, int limit);

    /** Takes a delivery for one node until {@code until}; false when another node holds it. */
    boolean lease(UUID deliveryId, Instant now, Instant until);
}
