package org.thirdspace.community.moderation;

import java.util.Set;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Moderation cases and the steps of their history. */
public interface ModerationCases {

    void add(ModerationCase moderationCase);

    void add(ModerationStep step);

    Optional<ModerationCase> moderationCase(UUID caseId);

    /** The case about a post that still waits for a decision, if any. */
    Optional<ModerationCase> openCase(UUID postId);

    /** A space's cases in these states, most recently changed first. */
    List<ModerationCase> cases(UUID spaceId, Collection<ModerationState> states, int limit);

    /** How many of a space's cases wait for a decision (pending or escalated). */
    long openCaseCount(UUID spaceId);

    /** Of these posts, those the moderators ever had a case about (open or closed). */
    Set<UUID> moderatedPosts(Collection<UUID> postIds);

    /** An organisation's escalated cases, for its admins. */
    List<ModerationCase> escalated(UUID organisationId, int limit);

    /** A case's history in the order it happened. */
    List<ModerationStep> steps(UUID caseId);

    /** The open cases of a thread's posts (they move with it). */
    List<ModerationCase> openCasesOfThread(UUID threadId);
}
