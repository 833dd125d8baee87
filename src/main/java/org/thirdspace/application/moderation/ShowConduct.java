package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.safety.CurrentConduct;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.moderation.Conduct;
import org.thirdspace.community.moderation.Conducts;
import org.thirdspace.community.moderation.SafeSpacePolicy;
import org.thirdspace.content.MarkdownRenderer;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The code of conduct of a space as a member reads it, and whether they accepted this version. */
@ApplicationScoped
public class ShowConduct {

    private SpaceAccess access;
    private CurrentConduct current;
    private Conducts conducts;

    protected ShowConduct() {
    }

    @Inject
    public ShowConduct(SpaceAccess access, CurrentConduct current, Conducts conducts) {
        this.access = access;
        this.current = current;
        this.conducts = conducts;
    }

    /** {@code scope} is SPACE, ORGANISATION or BUILT_IN. */
    public record ConductView(UUID spaceId, String scope, UUID scopeId, int version, String markdown, String html, Instant writtenAt,
                              boolean accepted, boolean mayEdit) {
    }

    @Transactional
    public ConductView show(Actor actor, UUID spaceId) {
        SpaceAccess.InSpace in = access.member(actor, spaceId);
        Conduct conduct = current.of(actor.organisationId(), spaceId);
        String scope = conduct.spaceOverride() ? "SPACE" : conduct.version() == 0 ? "BUILT_IN" : "ORGANISATION";
        return new ConductView(spaceId, scope, conduct.scopeId(), conduct.version(), conduct.body(), html(conduct.body()),
                conduct.writtenAt(), conducts.accepted(spaceId, actor.personId(), conduct.scopeId(), conduct.version()),
                SafeSpacePolicy.mayWriteSpaceConduct(in.membership()));
    }

    static String html(String markdown) {
        return MarkdownRenderer.render(markdown, person -> Optional.empty()).html();
    }
}
