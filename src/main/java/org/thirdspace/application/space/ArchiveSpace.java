package org.thirdspace.application.space;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.audit.AdminAuditLog;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.space.Spaces;

import java.time.Instant;
import java.util.UUID;

/**
 * An administrator archives a space of their organisation (it stays readable, nobody writes in
 * it) or restores it, without being one of its facilitators; the change is in the admin audit log.
 * Archiving what is archived already changes nothing and records nothing.
 */
@ApplicationScoped
public class ArchiveSpace {

    private Spaces spaces;
    private AdminAuditLog audit;

    protected ArchiveSpace() {
    }

    @Inject
    public ArchiveSpace(Spaces spaces, AdminAuditLog audit) {
        this.spaces = spaces;
        this.audit = audit;
    }

    @Transactional
    public Space archive(Administrator admin, UUID organisationId, UUID spaceId, Boolean archived, Instant now) {
        AdminScope.require(admin, organisationId);
        if (archived == null) {
            throw new InvalidRequest("archived", "archived is required: true to archive, false to restore");
        }
        Space space = spaces.find(organisationId, spaceId).orElseThrow(() -> new NotFound("no such space"));
        if (space.isArchived() != archived) {
            space.archive(archived, now);
            audit.record(admin, organisationId, archived ? "space.archive" : "space.restore", space.id().toString(), space.title());
        }
        return space;
    }
}
