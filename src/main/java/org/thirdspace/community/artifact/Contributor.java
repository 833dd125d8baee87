package org.thirdspace.community.artifact;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Someone an artifact quotes, where their words were when cited ({@code wroteIn}) and whether
 * they agreed that the artifact takes them further. Whoever made the artifact consents by making it.
 */
@Entity
@Table(name = "artifact_contributor")
@Access(AccessType.FIELD)
public class Contributor {

    @Id
    private UUID id;
    @Column(name = "artifact_id", nullable = false, updatable = false)
    private UUID artifactId;
    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;
    @Enumerated(EnumType.STRING)
    @Column(name = "wrote_in", nullable = false)
    private ArtifactAudience wroteIn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentState consent;
    @Column(name = "asked_at")
    private Instant askedAt;
    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Contributor() {
    }

    public Contributor(UUID artifactId, UUID personId, ArtifactAudience wroteIn, boolean maker, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.artifactId = Objects.requireNonNull(artifactId);
        this.personId = Objects.requireNonNull(personId);
        this.wroteIn = Objects.requireNonNull(wroteIn);
        this.consent = maker ? ConsentState.GIVEN : ConsentState.NOT_ASKED;
        this.answeredAt = maker ? now : null;
    }

    /** Cited again from a narrower place: the narrower one counts. */
    public void alsoWroteIn(ArtifactAudience where) {
        this.wroteIn = ArtifactAudience.narrowest(wroteIn, where);
    }

    /** Asking again after a withdrawal is allowed; someone who agreed is not asked again. */
    public boolean ask(Instant now) {
        if (consent == ConsentState.GIVEN || consent == ConsentState.PENDING) {
            return false;
        }
        this.consent = ConsentState.PENDING;
        this.askedAt = now;
        return true;
    }

    public void give(Instant now) {
        this.consent = ConsentState.GIVEN;
        this.answeredAt = now;
    }

    public void withdraw(Instant now) {
        this.consent = ConsentState.WITHDRAWN;
        this.answeredAt = now;
    }

    /** Whether the artifact may show their words to {@code audience}. */
    public boolean allows(ArtifactAudience audience) {
        return consent == ConsentState.GIVEN || !audience.isWiderThan(wroteIn);
    }

    public UUID id() {
        return id;
    }

    public UUID artifactId() {
        return artifactId;
    }

    public UUID personId() {
        return personId;
    }

    public ArtifactAudience wroteIn() {
        return wroteIn;
    }

    public ConsentState consent() {
        return consent;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
