package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Field;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.safety.ModerationAudit;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.moderation.ModeratorAction;
import org.thirdspace.community.moderation.SafeSpacePolicy;
import org.thirdspace.community.moderation.Suspension;
import org.thirdspace.community.moderation.Suspensions;
import org.thirdspace.community.space.Membership;
import org.thirdspace.community.space.SpacePolicy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A moderator pauses a member's writing in a space until a time (they can still read), and may
 * lift it early. {@link WriteGate} enforces it on every write.
 */
@ApplicationScoped
public class SuspendMember {

    static final Duration LONGEST = Duration.ofDays(366);

    private SpaceAccess access;
    private Suspensions suspensions;
    private ModerationAudit audit;

    protected SuspendMember() {
    }

    @Inject
    public SuspendMember(SpaceAccess access, Suspensions suspensions, ModerationAudit audit) {
        this.access = access;
        this.suspensions = suspensions;
        this.audit = audit;
    }

    public record Request(UUID personId, Instant until, String reason) {
    }

    public record SuspensionView(UUID id, UUID personId, Instant until, String reason, Instant since) {
    }

    @Transactional
    public SuspensionView suspend(Actor actor, UUID spaceId, Request request, Instant now) {
        SpaceAccess.InSpace in = access.member(actor, spaceId);
        if (!SpacePolicy.mayModerate(in.membership())) {
            throw new AccessDenied("only the space's moderators suspend members");
        }
        if (request == null || request.personId() == null) {
            throw new InvalidRequest("personId", "say whom to suspend");
        }
        Membership target = access.membership(spaceId, request.personId()).filter(Membership::isMember)
                .orElseThrow(() -> new NotFound("no such member in this space"));
        if (!SafeSpacePolicy.maySuspend(in.membership(), target)) {
            throw new AccessDenied("moderators suspend members, not themselves or other moderators");
        }
        if (request.until() == null || !request.until().isAfter(now) || request.until().isAfter(now.plus(LONGEST))) {
            throw new InvalidRequest("until", "a suspension ends in the future, within a year");
        }
        String reason = Field.required("reason", request.reason(), 2000);
        Suspension suspension = new Suspension(spaceId, target.personId(), actor.personId(), reason, request.until(), now);
        suspensions.add(suspension);
        audit.record(actor, spaceId, ModeratorAction.SUSPEND_MEMBER, target.personId(), "until " + request.until() + ": " + reason, now);
        return view(suspension);
    }

    @Transactional
    public void lift(Actor actor, UUID spaceId, UUID suspensionId, Instant now) {
        SpaceAccess.InSpace in = access.member(actor, spaceId);
        if (!SpacePolicy.mayModerate(in.membership())) {
            throw new AccessDenied("only the space's moderators lift suspensions");
        }
        Suspension suspension = suspensions.suspension(suspensionId).filter(s -> s.spaceId().equals(spaceId))
                .orElseThrow(() -> new NotFound("no such suspension"));
        if (suspension.isActive(now)) {
            suspension.lift(actor.personId(), now);
            audit.record(actor, spaceId, ModeratorAction.LIFT_SUSPENSION, suspension.personId(), null, now);
        }
    }

    @Transactional
    public List<SuspensionView> active(Actor actor, UUID spaceId, Instant now) {
        SpaceAccess.InSpace in = access.member(actor, spaceId);
        if (!SpacePolicy.mayModerate(in.membership())) {
            throw new AccessDenied("suspensions are for the space's moderators");
        }
        return suspensions.activeSuspensions(spaceId, now).stream().map(SuspendMember::view).toList();
    }

    private static SuspensionView view(Suspension s) {
        return new SuspensionView(s.id(), s.personId(), s.endsAt(), s.reason(), s.createdAt());
    }
}
