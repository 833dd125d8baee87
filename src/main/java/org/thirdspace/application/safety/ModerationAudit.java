package org.thirdspace.application.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.Actor;
import org.thirdspace.community.moderation.ModerationAuditEntry;
import org.thirdspace.community.moderation.ModerationLog;
import org.thirdspace.community.moderation.ModeratorAction;

import java.time.Instant;
import java.util.UUID;

/** Writes one audit line per moderator action, in the action's own transaction. */
@ApplicationScoped
public class ModerationAudit {

    private ModerationLog moderationLog;

    protected ModerationAudit() {
    }

    @Inject
    public ModerationAudit(ModerationLog moderationLog) {
        this.moderationLog = moderationLog;
    }

    public void record(Actor actor, UUID spaceId, ModeratorAction action, UUID targetId, String detail, Instant now) {
        moderationLog.add(new ModerationAuditEntry(actor.organisationId(), spaceId, actor.personId(), action, targetId, detail, now));
    }
}
