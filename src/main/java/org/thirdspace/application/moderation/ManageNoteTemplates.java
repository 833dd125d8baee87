package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Field;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.safety.ModerationAudit;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.moderation.ModeratorAction;
import org.thirdspace.community.moderation.NoteTemplate;
import org.thirdspace.community.moderation.NoteTemplates;
import org.thirdspace.community.moderation.SafeSpacePolicy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Templates for private notes: the organisation's (kept by its admins) and a space's own (kept by
 * its facilitators); the space's moderators pick from both when they write to an author.
 */
@ApplicationScoped
public class ManageNoteTemplates {

    private SpaceAccess access;
    private CaseAccess cases;
    private NoteTemplates noteTemplates;
    private ModerationAudit audit;

    protected ManageNoteTemplates() {
    }

    @Inject
    public ManageNoteTemplates(SpaceAccess access, CaseAccess cases, NoteTemplates noteTemplates, ModerationAudit audit) {
        this.access = access;
        this.cases = cases;
        this.noteTemplates = noteTemplates;
        this.audit = audit;
    }

    public record Request(String title, String body) {
    }

    /** {@code scope} is ORGANISATION or SPACE. */
    public record TemplateView(UUID id, String scope, String title, String body) {
    }

    @Transactional
    public List<TemplateView> forSpace(Actor actor, UUID spaceId) {
        cases.requireModerates(actor, spaceId);
        return noteTemplates.noteTemplates(actor.organisationId(), spaceId).stream().map(ManageNoteTemplates::view).toList();
    }

    @Transactional
    public TemplateView addToSpace(Actor actor, UUID spaceId, Request request, Instant now) {
        SpaceAccess.InSpace in = access.member(actor, spaceId);
        if (!SafeSpacePolicy.mayWriteSpaceConduct(in.membership())) {
            throw new AccessDenied("facilitators keep the space's note templates");
        }
        return add(actor, spaceId, request, now);
    }

    @Transactional
    public TemplateView addToOrganisation(Actor actor, Request request, Instant now) {
        requireAdmin(actor);
        return add(actor, null, request, now);
    }

    @Transactional
    public void remove(Actor actor, UUID templateId, Instant now) {
        NoteTemplate template = noteTemplates.noteTemplate(templateId).filter(t -> t.organisationId().equals(actor.organisationId()))
                .orElseThrow(() -> new NotFound("no such template"));
        if (template.spaceId() == null) {
            requireAdmin(actor);
        } else if (!SafeSpacePolicy.mayWriteSpaceConduct(access.member(actor, template.spaceId()).membership())) {
            throw new AccessDenied("facilitators keep the space's note templates");
        }
        noteTemplates.remove(template);
        audit.record(actor, template.spaceId(), ModeratorAction.REMOVE_NOTE_TEMPLATE, templateId, template.title(), now);
    }

    private TemplateView add(Actor actor, UUID spaceId, Request request, Instant now) {
        String title = Field.required("title", request == null ? null : request.title(), NoteTemplate.MAX_TITLE);
        String body = Field.required("body", request.body(), NoteTemplate.MAX_BODY);
        NoteTemplate template = new NoteTemplate(actor.organisationId(), spaceId, title, body, actor.personId(), now);
        noteTemplates.add(template);
        audit.record(actor, spaceId, ModeratorAction.ADD_NOTE_TEMPLATE, template.id(), title, now);
        return view(template);
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.launchRoles().organisationAdministrator()) {
            throw new AccessDenied("the organisation's note templates are kept by its admins");
        }
    }

    private static TemplateView view(NoteTemplate t) {
        return new TemplateView(t.id(), t.spaceId() == null ? "ORGANISATION" : "SPACE", t.title(), t.body());
    }
}
