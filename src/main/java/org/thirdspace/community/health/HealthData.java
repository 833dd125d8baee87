package org.thirdspace.community.health;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The facts community health is computed from, read with a few grouped queries over the scope
 * (never one per person). Peer-group threads count for activity but their contents are not read.
 */
public interface HealthData {

    /** The scope's members: the organisation's people who are not erased, or the space's members. */
    Set<UUID> members(HealthScope scope);

    /** What each member who did anything in {@code [from, to)} did; absent means nothing. */
    Map<UUID, MemberActivity> activity(HealthScope scope, Instant from, Instant to);

    /** Threads started in {@code [from, to)}, each with its first reply by somebody else. */
    List<ThreadResponse> responses(HealthScope scope, Instant from, Instant to);

    /** Who replied to whom in {@code [from, to)}. */
    List<ReplyTie> ties(HealthScope scope, Instant from, Instant to);

    /** Each person's first and second post in the scope, for people whose first post is in {@code [from, to)}. */
    List<ContributorPosts> newContributors(HealthScope scope, Instant from, Instant to);

    /** The department and region the LMS sent for these people (custom values), where known. */
    Map<UUID, Map<String, String>> units(Collection<UUID> people);

    KnowledgeYield yield(HealthScope scope, Instant now);
}
