package org.thirdspace.lti.deeplinking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.lti.platform.RegistrationCache;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.space.SpacePolicy;

import java.time.Instant;
import java.util.UUID;

/**
 * A designer's deep-linking session: the request their launch opened, reachable only with the
 * session of that launch — the same person, organisation and course — and only by course designers.
 */
@ApplicationScoped
public class DeepLinkingSessions {

    @Inject
    DeepLinkingRequests requests;

    @Inject
    RegistrationCache registrations;

    /** The request, whatever its state; 404 for anyone but the designer whose launch opened it. */
    @Transactional
    public DeepLinkingRequest mine(Actor actor, UUID requestId) {
        if (!SpacePolicy.mayLinkIntoCourse(actor.launchRoles())) {
            throw new AccessDenied("only the course's instructors and designers place community links");
        }
        DeepLinkingRequest request = requests.find(requestId).orElse(null);
        if (request == null || !registrations.organisationOf(request.registrationId()).equals(actor.organisationId())
                || !request.personId().equals(actor.personId()) || !request.courseId().equals(actor.courseId())) {
            throw new NotFound("no such deep-linking request");
        }
        return request;
    }

    /** The request while it can still be answered. */
    @Transactional
    public DeepLinkingRequest open(Actor actor, UUID requestId, Instant now) {
        DeepLinkingRequest request = mine(actor, requestId);
        if (!request.isOpen(now)) {
            throw new Conflict("this request was answered already or has expired; open Thirdspace from your LMS's content dialog again");
        }
        return request;
    }
}
