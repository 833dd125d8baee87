package org.thirdspace.community.moderation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The moderation log: one entry per moderator or admin action, of a space or of the organisation. */
public interface ModerationLog {

    void add(ModerationAuditEntry entry);

    /** A space's entries, newest first. */
    List<ModerationAuditEntry> audit(UUID spaceId, int limit);

    /**
     * Every action of one organisation (null: of all), in its spaces and organisation-wide,
     * newest first, at or after {@code from} and before {@code to} when they are given.
     */
    List<ModerationAuditEntry> ofOrganisation(UUID organisationId, Instant from, Instant to, int limit);

    /** The organisation-wide actions (its code of conduct, the watch list), newest first. */
    List<ModerationAuditEntry> organisationAudit(UUID organisationId, int limit);
}
