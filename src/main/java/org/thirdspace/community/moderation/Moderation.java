package org.thirdspace.community.moderation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Cases, their history, reports, suspensions, the moderators' audit and the watch list. */
public interface Moderation {

    void add(ModerationCase moderationCase);

    void add(ModerationStep step);

    /** Stores the report unless this person reported the post already (then false: nothing is written). */
    boolean add(PostReport report);

    void add(ModerationAuditEntry entry);

    void add(Suspension suspension);

    void add(WatchTerm term);

    void add(NoteTemplate template);

    /** The organisation's templates and the space's own, organisation first, then by title. */
    List<NoteTemplate> noteTemplates(UUID organisationId, UUID spaceId);

    Optional<NoteTemplate> noteTemplate(UUID templateId);

    void remove(NoteTemplate template);

    Optional<ModerationCase> moderationCase(UUID caseId);

    /** The case about a post that still waits for a decision, if any. */
    Optional<ModerationCase> openCase(UUID postId);

    /** A space's cases in these states, most recently changed first. */
    List<ModerationCase> cases(UUID spaceId, Collection<ModerationState> states, int limit);

    /** Of these posts, those the moderators ever had a case about (open or closed). */
    java.util.Set<UUID> moderatedPosts(Collection<UUID> postIds);

    /** How many of a space's cases wait for a decision (pending or escalated). */
    long openCaseCount(UUID spaceId);

    /** An organisation's escalated cases, for its admins. */
    List<ModerationCase> escalated(UUID organisationId, int limit);

    List<ModerationStep> steps(UUID caseId);

    List<PostReport> reports(UUID caseId);

    boolean reported(UUID postId, UUID reporterId);

    long reporters(UUID caseId);

    /** A person's own reports, newest first. */
    List<PostReport> reportsBy(UUID reporterId, int limit);

    /**
     * Holds the person's row until the transaction ends, so that two writes of one person (on any
     * node) are counted against their rate limit one after the other, never both before either.
     */
    void serialiseWritesOf(UUID personId);

    /** How many reports a person made since a time, and the oldest of them (for a rate limit). */
    Recent reportsSince(UUID reporterId, Instant since);

    /** How many posts a person wrote since a time, and the oldest of them (for a rate limit). */
    Recent postsSince(UUID authorId, Instant since);

    List<ModerationAuditEntry> audit(UUID spaceId, int limit);

    /** The organisation-wide actions (its code of conduct, the watch list), newest first. */
    List<ModerationAuditEntry> organisationAudit(UUID organisationId, int limit);

    Optional<Suspension> activeSuspension(UUID spaceId, UUID personId, Instant now);

    Optional<Suspension> suspension(UUID suspensionId);

    List<Suspension> activeSuspensions(UUID spaceId, Instant now);

    List<WatchTerm> watchTerms(UUID organisationId);

    Optional<WatchTerm> watchTerm(UUID termId);

    void remove(WatchTerm term);

    /** The open cases of a thread's posts (they move with it). */
    List<ModerationCase> openCasesOfThread(UUID threadId);

    /** A count in a window and its oldest moment. */
    record Recent(long count, Instant oldest) {
    }
}
