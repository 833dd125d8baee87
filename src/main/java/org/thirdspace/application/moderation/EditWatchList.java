package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.Field;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.safety.ModerationAudit;
import org.thirdspace.community.moderation.ModeratorAction;
import org.thirdspace.community.moderation.WatchList;
import org.thirdspace.community.moderation.WatchTerm;
import org.thirdspace.community.moderation.WatchTerms;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Organisation admins keep the watch list; matching posts are published and queued for review. */
@ApplicationScoped
public class EditWatchList {

    private WatchTerms watchTerms;
    private ModerationAudit audit;

    protected EditWatchList() {
    }

    @Inject
    public EditWatchList(WatchTerms watchTerms, ModerationAudit audit) {
        this.watchTerms = watchTerms;
        this.audit = audit;
    }

    public record Request(String term) {
    }

    public record TermView(UUID id, String term, Instant addedAt) {
    }

    @Transactional
    public List<TermView> list(Actor actor) {
        requireAdmin(actor);
        return watchTerms.watchTerms(actor.organisationId()).stream().map(t -> new TermView(t.id(), t.term(), t.createdAt())).toList();
    }

    @Transactional
    public TermView add(Actor actor, Request request, Instant now) {
        requireAdmin(actor);
        String term = WatchList.normalise(Field.required("term", request == null ? null : request.term(), WatchTerm.MAX_LENGTH));
        if (watchTerms.watchTerms(actor.organisationId()).stream().anyMatch(t -> t.term().equals(term))) {
            throw new Conflict("the term is on the watch list already");
        }
        WatchTerm added = new WatchTerm(actor.organisationId(), term, actor.personId(), now);
        watchTerms.add(added);
        audit.record(actor, null, ModeratorAction.ADD_WATCH_TERM, added.id(), term, now);
        return new TermView(added.id(), added.term(), added.createdAt());
    }

    @Transactional
    public void remove(Actor actor, UUID termId, Instant now) {
        requireAdmin(actor);
        WatchTerm term = watchTerms.watchTerm(termId).filter(t -> t.organisationId().equals(actor.organisationId()))
                .orElseThrow(() -> new NotFound("no such term"));
        watchTerms.remove(term);
        audit.record(actor, null, ModeratorAction.REMOVE_WATCH_TERM, termId, term.term(), now);
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.launchRoles().organisationAdministrator()) {
            throw new AccessDenied("the watch list is kept by the organisation's admins");
        }
    }
}
