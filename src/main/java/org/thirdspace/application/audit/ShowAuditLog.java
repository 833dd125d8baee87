package org.thirdspace.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.moderation.ModerationAuditEntry;
import org.thirdspace.community.moderation.ModerationLog;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The console's audit log: administrative changes, platform registration decisions and moderation
 * actions of an organisation in one list, newest first, filtered by who, what and when. An
 * organisation administrator sees their own organisation; the operator any, or all (then
 * moderation actions are those of every organisation too).
 */
@ApplicationScoped
public class ShowAuditLog {

    /** Rows read from each log for one answer; "who" and "what" filter within them. */
    static final int SCAN = 2000;
    public static final int MAX_LIMIT = 500;

    private AdminAuditLog adminLog;
    private ModerationLog moderationLog;
    private People people;

    protected ShowAuditLog() {
    }

    @Inject
    public ShowAuditLog(AdminAuditLog adminLog, ModerationLog moderationLog, People people) {
        this.adminLog = adminLog;
        this.moderationLog = moderationLog;
        this.people = people;
    }

    /** What kind of action: the platform's registration and deployments, other admin changes, moderation. */
    public enum Kind {
        REGISTRATION, ADMIN, MODERATION;

        static Kind parse(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequest("what", "what must be one of registration, admin, moderation");
            }
        }
    }

    /** {@code organisation}: null for every organisation (operator only). {@code from} inclusive, {@code to} exclusive. */
    public record Query(UUID organisation, String who, String what, Instant from, Instant to, int limit) {
    }

    public record Item(Instant at, UUID organisationId, String kind, String action, String actor, String target, String detail) {
    }

    @Transactional
    public List<Item> list(Administrator admin, Query query) {
        UUID organisation = admin.isOperator() ? query.organisation() : admin.organisationId();
        if (!admin.isOperator() && query.organisation() != null && !query.organisation().equals(admin.organisationId())) {
            throw new NotFound("no such organisation");
        }
        if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
            throw new InvalidRequest("from", "from must be before to");
        }
        if (query.who() != null && query.who().length() > 200) {
            throw new InvalidRequest("who", "who must have at most 200 characters");
        }
        if (query.limit() < 1 || query.limit() > MAX_LIMIT) {
            throw new InvalidRequest("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        Kind kind = Kind.parse(query.what());
        List<Item> items = new ArrayList<>();
        if (kind != Kind.MODERATION) {
            List<AdminAuditEntry> entries = adminLog.search(organisation, query.from(), query.to(), SCAN);
            Map<UUID, String> names = names(entries.stream().map(e -> new PersonRef(e.organisationId(), personOf(e.actor()))).toList());
            for (AdminAuditEntry e : entries) {
                Kind entryKind = e.action().startsWith("registration.") || e.action().startsWith("deployment.") ? Kind.REGISTRATION : Kind.ADMIN;
                if (kind == null || kind == entryKind) {
                    UUID person = personOf(e.actor());
                    String actor = person != null ? names.getOrDefault(person, e.actor()) : e.actor();
                    items.add(new Item(e.occurredAt(), e.organisationId(), lower(entryKind), e.action(), actor, e.target(), e.detail()));
                }
            }
        }
        if (kind == null || kind == Kind.MODERATION) {
            List<ModerationAuditEntry> entries = moderationLog.ofOrganisation(organisation, query.from(), query.to(), SCAN);
            Map<UUID, String> names = names(entries.stream().map(e -> new PersonRef(e.organisationId(), e.actorId())).toList());
            for (ModerationAuditEntry e : entries) {
                items.add(new Item(e.actedAt(), e.organisationId(), lower(Kind.MODERATION), "moderation." + e.action().name().toLowerCase(Locale.ROOT),
                        names.getOrDefault(e.actorId(), e.actorId().toString()), e.targetId() == null ? null : e.targetId().toString(), e.detail()));
            }
        }
        String who = query.who() == null || query.who().isBlank() ? null : query.who().trim().toLowerCase(Locale.ROOT);
        return items.stream()
                .filter(i -> who == null || (i.actor() != null && i.actor().toLowerCase(Locale.ROOT).contains(who)))
                .sorted(Comparator.comparing(Item::at).reversed())
                .limit(query.limit()).toList();
    }

    private record PersonRef(UUID organisationId, UUID personId) {
    }

    /** Names of the people who acted, a query per organisation whatever the number of entries. */
    private Map<UUID, String> names(Collection<PersonRef> refs) {
        Map<UUID, Set<UUID>> byOrganisation = new HashMap<>();
        for (PersonRef ref : refs) {
            if (ref.personId() != null && ref.organisationId() != null) {
                byOrganisation.computeIfAbsent(ref.organisationId(), k -> new HashSet<>()).add(ref.personId());
            }
        }
        Map<UUID, String> names = new HashMap<>();
        byOrganisation.forEach((organisation, ids) -> {
            for (Map.Entry<UUID, Person> found : people.byIds(organisation, ids).entrySet()) {
                names.put(found.getKey(), found.getValue().nameToShow());
            }
        });
        return names;
    }

    /** An admin entry's actor is "person:<id>" for an organisation administrator, a fixed word otherwise. */
    private static UUID personOf(String actor) {
        if (actor == null || !actor.startsWith("person:")) {
            return null;
        }
        try {
            return UUID.fromString(actor.substring("person:".length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String lower(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
