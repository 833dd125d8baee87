package org.thirdspace.lti.deeplinking;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Deep-linking requests, kept where every node sees them. Answering is one conditional update, so
 * of two concurrent answers exactly one produces a response.
 */
public interface DeepLinkingRequests {

    void add(DeepLinkingRequest request);

    Optional<DeepLinkingRequest> find(UUID id);

    /** Marks the request answered; false when it was answered already or has expired. */
    boolean answer(UUID id, Instant now);
}
