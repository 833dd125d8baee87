package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Field;
import org.thirdspace.application.safety.ModerationAudit;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.moderation.ConductVersion;
import org.thirdspace.community.moderation.Conducts;
import org.thirdspace.community.moderation.ModeratorAction;
import org.thirdspace.community.moderation.SafeSpacePolicy;

import java.time.Instant;
import java.util.UUID;

/**
 * A new version of a code of conduct: a space's facilitators override the organisation's code for
 * their space; organisation admins write the organisation default. Members accept again.
 */
@ApplicationScoped
public class WriteConduct {

    private SpaceAccess access;
    private Conducts conducts;
    private ModerationAudit audit;

    protected WriteConduct() {
    }

    @Inject
    public WriteConduct(SpaceAccess access, Conducts conducts, ModerationAudit audit) {
        this.access = access;
        this.conducts = conducts;
        this.audit = audit;
    }

    public record Request(String body) {
    }

    @Transactional
    public int forSpace(Actor actor, UUID spaceId, Request request, Instant now) {
        SpaceAccess.InSpace in = access.member(actor, spaceId);
        if (!SafeSpacePolicy.mayWriteSpaceConduct(in.membership())) {
            throw new AccessDenied("facilitators write the space's code of conduct");
        }
        int version = write(actor, spaceId, spaceId, request, now);
        audit.record(actor, spaceId, ModeratorAction.CHANGE_CONDUCT, spaceId, "version " + version, now);
        return version;
    }

    @Transactional
    public int forOrganisation(Actor actor, Request request, Instant now) {
        if (!actor.launchRoles().organisationAdministrator()) {
            throw new AccessDenied("organisation admins write the organisation's code of conduct");
        }
        int version = write(actor, actor.organisationId(), null, request, now);
        audit.record(actor, null, ModeratorAction.CHANGE_CONDUCT, actor.organisationId(), "organisation default, version " + version, now);
        return version;
    }

    private int write(Actor actor, UUID scopeId, UUID spaceId, Request request, Instant now) {
        String body = Field.required("body", request == null ? null : request.body(), ConductVersion.MAX_BODY);
        int version = conducts.latest(scopeId).map(ConductVersion::version).orElse(0) + 1;
        conducts.add(new ConductVersion(actor.organisationId(), spaceId, version, body, actor.personId(), now));
        return version;
    }
}
