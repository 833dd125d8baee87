package org.thirdspace.community.health;

import java.time.Instant;

/**
 * Community health over a period. A null figure is one the minimum-group rule hides
 * ({@link SmallGroups}); times are in hours.
 */
public record HealthReport(Instant from, Instant to, Long members, Split split, Movement movement, Responses responses,
                           Double monthlyActiveShare, NewContributors newContributors, Ties ties, KnowledgeYield yield,
                           Instant asOf) {

    /** Members by what they did in the period; shares of the members. */
    public record Split(Long creators, Long contributors, Long readers, Long dormant,
                        Double creatorShare, Double contributorShare, Double readerShare, Double dormantShare) {
    }

    /** Members whose state changed from the previous period of the same length: inward, outward, or not at all. */
    public record Movement(Long inward, Long outward, Long same) {
    }

    /** Threads started in the period: how soon somebody else answered, and how many waited 24 and 72 hours in vain. */
    public record Responses(long threads, Double medianHours, Double p90Hours, Double unansweredAt24h, Double unansweredAt72h) {
    }

    /** People whose first post in the scope is in the period, and the shares who posted again within 30 and 90 days. */
    public record NewContributors(Long count, Double retained30, Double retained90) {
    }

    /** Pairs of people from different departments (regions) who replied to each other. */
    public record Ties(Long acrossDepartments, Long acrossRegions) {
    }
}
