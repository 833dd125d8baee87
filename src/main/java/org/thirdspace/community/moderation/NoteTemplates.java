package org.thirdspace.community.moderation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Templates of moderators' private notes to authors, of an organisation or of one space. */
public interface NoteTemplates {

    void add(NoteTemplate template);

    /** The organisation's templates and the space's own, organisation first, then by title. */
    List<NoteTemplate> noteTemplates(UUID organisationId, UUID spaceId);

    Optional<NoteTemplate> noteTemplate(UUID templateId);

    void remove(NoteTemplate template);
}
