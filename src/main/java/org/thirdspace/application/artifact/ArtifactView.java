package org.thirdspace.application.artifact;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An artifact as its reader sees it. What only its editors (steward, facilitators) need —
 * contributors' consent, readers' reasons — is null for everyone else.
 */
public record ArtifactView(UUID id, String type, List<String> sections, String title, String locale, String momentOfNeed,
                           String verification, String audience, UUID spaceId, String spaceTitle, Person steward,
                           Person backupVerifier, String html, String markdown, List<String> tags, int version,
                           Instant createdAt, Instant updatedAt, int reviewIntervalDays, Instant reviewDueAt, boolean pastReview,
                           List<Source> provenance, List<ContributorView> contributors, String myConsent,
                           int helped, int outdated, List<String> myFeedback, List<FeedbackView> feedback,
                           List<VersionView> versions, boolean mayEdit, List<String> mayVerify, String nextAudience,
                           List<String> consentMissingForNext, List<PlacementView> placements,
                           List<TranslationView> translations) {

    public record Person(UUID id, String name) {
    }

    /** "From the conversation …": what was cited, as it was when cited, and whether the reader can open it now. */
    public record Source(int position, UUID threadId, UUID postId, int postVersion, String threadTitle, String author,
                         String excerpt, Instant writtenAt, boolean openable) {
    }

    public record ContributorView(UUID personId, String name, String wroteIn, String consent, Instant askedAt, Instant answeredAt) {
    }

    public record FeedbackView(String kind, String reason, String by, Instant givenAt) {
    }

    /** A course page it was placed on (Deep Linking), by whom and when: part of its history. */
    public record PlacementView(String course, String by, Instant placedAt) {
    }

    /**
     * Its words in another language: {@code markdown} for its editors only; {@code behind} when the
     * original has had new words since it was made from version {@code fromVersion}.
     */
    public record TranslationView(String locale, String title, String markdown, int fromVersion, boolean behind, String by,
                                  Instant translatedAt) {
    }

    public record VersionView(int version, String title, String reason, String by, Instant changedAt) {
    }

    /** The same view with a translation's title and words, in its language, in place of the original's. */
    ArtifactView inTranslation(String translatedLocale, String translatedTitle, String translatedHtml) {
        return new ArtifactView(id, type, sections, translatedTitle, translatedLocale, momentOfNeed, verification, audience, spaceId,
                spaceTitle, steward, backupVerifier, translatedHtml, null, tags, version, createdAt, updatedAt, reviewIntervalDays,
                reviewDueAt, pastReview, provenance, contributors, myConsent, helped, outdated, myFeedback, feedback, versions, mayEdit,
                mayVerify, nextAudience, consentMissingForNext, placements, translations);
    }
}
