package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.community.moderation.ModerationAuditEntry;
import org.thirdspace.community.moderation.ModerationLog;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The moderators' audit of a space, newest first: every hide, restore, lock, move, suspension and decision. */
@ApplicationScoped
public class ShowModerationAudit {

    private CaseAccess access;
    private ModerationLog moderationLog;
    private People people;

    protected ShowModerationAudit() {
    }

    @Inject
    public ShowModerationAudit(CaseAccess access, ModerationLog moderationLog, People people) {
        this.access = access;
        this.moderationLog = moderationLog;
        this.people = people;
    }

    public record Entry(UUID id, String action, UUID actorId, String actorName, UUID targetId, String detail, Instant at) {
    }

    @Transactional
    public List<Entry> audit(Actor actor, UUID spaceId) {
        access.requireModerates(actor, spaceId);
        return entries(actor, moderationLog.audit(spaceId, 500));
    }

    @Transactional
    public List<Entry> organisation(Actor actor) {
        if (!actor.launchRoles().organisationAdministrator()) {
            throw new AccessDenied("the organisation's audit is for its admins");
        }
        return entries(actor, moderationLog.organisationAudit(actor.organisationId(), 500));
    }

    private List<Entry> entries(Actor actor, List<ModerationAuditEntry> entries) {
        Map<UUID, Person> names = people.byIds(actor.organisationId(), entries.stream().map(ModerationAuditEntry::actorId).distinct().toList());
        return entries.stream().map(e -> new Entry(e.id(), e.action().name(), e.actorId(),
                names.containsKey(e.actorId()) ? names.get(e.actorId()).nameToShow() : "", e.targetId(), e.detail(), e.actedAt())).toList();
    }
}
