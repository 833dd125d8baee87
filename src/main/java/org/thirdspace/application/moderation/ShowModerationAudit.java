package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.community.moderation.Moderation;
import org.thirdspace.community.moderation.ModerationAuditEntry;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The moderators' audit of a space, newest first: every hide, restore, lock, move, suspension and decision. */
@ApplicationScoped
public class ShowModerationAudit {

    @Inject
    CaseAccess access;

    @Inject
    Moderation moderation;

    @Inject
    People people;

    public record Entry(UUID id, String action, UUID actorId, String actorName, UUID targetId, String detail, Instant at) {
    }

    @Transactional
    public List<Entry> audit(Actor actor, UUID spaceId) {
        access.requireModerates(actor, spaceId);
        List<ModerationAuditEntry> entries = moderation.audit(spaceId, 500);
        Map<UUID, Person> names = people.byIds(actor.organisationId(), entries.stream().map(ModerationAuditEntry::actorId).distinct().toList());
        return entries.stream().map(e -> new Entry(e.id(), e.action().name(), e.actorId(),
                names.containsKey(e.actorId()) ? names.get(e.actorId()).nameToShow() : "", e.targetId(), e.detail(), e.actedAt())).toList();
    }
}
