package org.thirdspace.community.discussion;

import java.util.Optional;
import java.util.UUID;

/** Requests to share a thread more widely, waiting for the consent of those who wrote in it. */
public interface AudienceRequests {

    void add(AudienceRequest request);

    Optional<AudienceRequest> openRequest(UUID threadId);

    Optional<AudienceRequest> request(UUID requestId);
}
