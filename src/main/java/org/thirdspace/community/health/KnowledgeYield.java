package org.thirdspace.community.health;

/** What the conversations became: threads cited by an artifact, artifacts verified, and those due for review. */
public record KnowledgeYield(long threadsBecameArtifacts, long artifacts, long verified, long dueForReview) {
}
