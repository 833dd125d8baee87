package org.thirdspace.community.organisation;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.digest.DigestFrequency;

import java.time.Instant;
import java.util.UUID;

/**
 * What an organisation's administrators chose for every space and person of the organisation that
 * chose nothing themselves: the report threshold, the digest frequency and who may start spaces.
 * (The organisation's code of conduct is a version of its conduct, kept with the others.) An
 * organisation without a row follows the tool's settings.
 */
@Entity
@Table(name = "organisation_defaults")
@Access(AccessType.FIELD)
public class OrganisationDefaults {

    public static final int MIN_REPORT_THRESHOLD = 1;
    public static final int MAX_REPORT_THRESHOLD = 50;

    @Id
    @Column(name = "organisation_id", updatable = false)
    private UUID organisationId;
    @Column(name = "report_threshold", nullable = false)
    private int reportThreshold;
    @Enumerated(EnumType.STRING)
    @Column(name = "digest_default", nullable = false)
    private DigestFrequency digestDefault;
    @Enumerated(EnumType.STRING)
    @Column(name = "space_creation", nullable = false)
    private SpaceCreation spaceCreation;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OrganisationDefaults() {
    }

    public OrganisationDefaults(UUID organisationId, DefaultsChoice choice, String by, Instant now) {
        this.organisationId = organisationId;
        change(choice, by, now);
    }

    public final void change(DefaultsChoice choice, String by, Instant now) {
        this.reportThreshold = choice.reportThreshold();
        this.digestDefault = choice.digestDefault();
        this.spaceCreation = choice.spaceCreation();
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public DefaultsChoice choice() {
        return new DefaultsChoice(reportThreshold, digestDefault, spaceCreation);
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
