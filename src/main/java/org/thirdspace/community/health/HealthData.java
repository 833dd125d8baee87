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

    /**
     * For each period, what each member who did anything in it did (absent means nothing): read in
     * one pass over the span the periods cover, not once per period.
     */
    List<Map<UUID, MemberActivity>> activity(HealthScope scope, List<Period> periods);

    /** Threads started in {@code [from, to)}, each with its first reply by somebody else. */
    List<ThreadResponse> responses(HealthScope scope, Instant from, Instant to);

    /** Who replied to whom in {@code [from, to)}. */
    List<ReplyTie> ties(HealthScope scope, Instant from, Instant to);

    /**
     * Each candidate's first and second post in the scope, for those whose first post is in {@code [from, to)}.
     * The candidates are the people who posted in the period and not just before it: everyone else
     * posted before, and looking them up is what made this the slowest of the facts.
     */
    List<ContributorPosts> newContributors(HealthScope scope, Collection<UUID> candidates, Instant from, Instant to);

    /** The department and region the LMS sent for these people of the scope's organisation (custom values), where known. */
    Map<UUID, Map<String, String>> units(HealthScope scope, Collection<UUID> people);

    KnowledgeYield yield(HealthScope scope, Instant now);
}
