package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.safety.CurrentConduct;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.moderation.Conduct;
import org.thirdspace.community.moderation.Conducts;

import java.time.Instant;
import java.util.UUID;

/**
 * A member accepts the code of conduct of a space. They name the version they read, so that a
 * code changed meanwhile is not accepted unread: that answers 409 and the page shows the new text.
 */
@ApplicationScoped
public class AcceptConduct {

    private SpaceAccess access;
    private CurrentConduct current;
    private Conducts conducts;

    protected AcceptConduct() {
    }

    @Inject
    public AcceptConduct(SpaceAccess access, CurrentConduct current, Conducts conducts) {
        this.access = access;
        this.current = current;
        this.conducts = conducts;
    }

    public record Request(UUID scopeId, Integer version) {
    }

    @Transactional
    public void accept(Actor actor, UUID spaceId, Request request, Instant now) {
        access.member(actor, spaceId);
        if (request == null || request.scopeId() == null || request.version() == null) {
            throw new InvalidRequest("version", "say which version of the code you accept (scopeId and version)");
        }
        Conduct conduct = current.of(actor.organisationId(), spaceId);
        if (!conduct.scopeId().equals(request.scopeId()) || conduct.version() != request.version()) {
            throw new Conflict("the code of conduct changed; read the current version before accepting it");
        }
        conducts.accept(spaceId, actor.personId(), conduct.scopeId(), conduct.version(), now);
    }
}
