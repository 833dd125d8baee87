package org.thirdspace.community.artifact;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An artifact's words in another language, one per language, kept by its steward or a
 * facilitator. It remembers the version of the original it was made from: when the original moves
 * on, readers of the translation are told it may be behind ({@link #isBehind}).
 */
@Entity
@Table(name = "artifact_translation")
@Access(AccessType.FIELD)
public class ArtifactTranslation {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    @Id
    private UUID id;
    @Column(name = "artifact_id", nullable = false, updatable = false)
    private UUID artifactId;
    @Column(nullable = false, updatable = false)
    private String locale;
    @Column(nullable = false)
    private String title;
    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown;
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;
    @Column(name = "from_version", nullable = false)
    private int fromVersion;
    @Column(name = "translated_by", nullable = false)
    private UUID translatedBy;
    @Column(name = "translated_at", nullable = false)
    private Instant translatedAt;

    protected ArtifactTranslation() {
    }

    public ArtifactTranslation(Artifact original, String language, String title, Post.Body body, UUID by, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.artifactId = original.id();
        this.locale = Objects.requireNonNull(language);
        revise(original, title, body, by, now);
    }

    /**
     * The language of a BCP 47 tag as an ISO 639 code ("fr-CA" → "fr"), or empty when the tag names
     * no language ISO 639 knows: a translation and a reader's launch are matched on the language only.
     */
    public static Optional<String> language(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return LANGUAGES.contains(language) ? Optional.of(language) : Optional.empty();
    }

    /** New words, made from the original as it reads now. */
    public void revise(Artifact original, String newTitle, Post.Body body, UUID by, Instant now) {
        if (!original.id().equals(artifactId)) {
            throw new IllegalArgumentException("a translation of another artifact");
        }
        this.title = Objects.requireNonNull(newTitle);
        this.bodyMarkdown = body.markdown();
        this.bodyHtml = body.html();
        this.fromVersion = original.version();
        this.translatedBy = Objects.requireNonNull(by);
        this.translatedAt = Objects.requireNonNull(now);
    }

    /** Whether the original has had new words since this translation was made. */
    public boolean isBehind(Artifact original) {
        return original.version() > fromVersion;
    }

    public UUID id() {
        return id;
    }

    public UUID artifactId() {
        return artifactId;
    }

    public String locale() {
        return locale;
    }

    public String title() {
        return title;
    }

    public String bodyMarkdown() {
        return bodyMarkdown;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public int fromVersion() {
        return fromVersion;
    }

    public UUID translatedBy() {
        return translatedBy;
    }

    public Instant translatedAt() {
        return translatedAt;
    }
}
