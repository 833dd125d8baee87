package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.moderation.ModerationCase;
import org.thirdspace.community.moderation.ModerationCases;
import org.thirdspace.community.moderation.SafeSpacePolicy;

import java.util.UUID;

/**
 * Finds a case for someone who may handle it: the space's moderators and the organisation's
 * admins. A case of another organisation does not exist; a member who is neither gets 403.
 */
@ApplicationScoped
public class CaseAccess {

    private ModerationCases moderationCases;
    private SpaceAccess spaces;

    protected CaseAccess() {
    }

    @Inject
    public CaseAccess(ModerationCases moderationCases, SpaceAccess spaces) {
        this.moderationCases = moderationCases;
        this.spaces = spaces;
    }

    public record InCase(ModerationCase moderationCase, boolean moderatesSpace, boolean organisationAdmin) {
    }

    public InCase handle(Actor actor, UUID caseId) {
        ModerationCase found = moderationCases.moderationCase(caseId).filter(c -> c.organisationId().equals(actor.organisationId()))
                .orElseThrow(() -> new NotFound("no such case"));
        boolean moderates = spaces.membership(found.spaceId(), actor.personId()).filter(m -> m.moderates()).isPresent();
        boolean admin = actor.launchRoles().organisationAdministrator();
        if (!SafeSpacePolicy.maySeeCases(moderates, admin)) {
            throw new AccessDenied("cases are for the space's moderators and the organisation's admins");
        }
        return new InCase(found, moderates, admin);
    }

    /** The caller moderates this space of their organisation (or administers the organisation). */
    public void requireModerates(Actor actor, UUID spaceId) {
        SpaceAccess.InSpace in = spaces.look(actor, spaceId);
        boolean moderates = in.membership() != null && in.membership().moderates();
        if (!SafeSpacePolicy.maySeeCases(moderates, actor.launchRoles().organisationAdministrator())) {
            throw new AccessDenied("the moderation queue is for the space's moderators");
        }
    }
}
