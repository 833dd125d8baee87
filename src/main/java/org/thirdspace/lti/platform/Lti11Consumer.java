package org.thirdspace.lti.platform;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An organisation's LTI 1.1 consumer credentials: the OAuth 1.0a {@code oauth_consumer_key} its LMS
 * signs legacy launches with, and the shared secret, sealed at rest under the key secret (like the
 * tool's private keys). One per organisation: in LTI 1.1 the key is what says which organisation
 * (tenant) a launch comes from.
 */
@Entity
@Table(name = "lti11_consumer")
@Access(AccessType.FIELD)
public class Lti11Consumer {

    public enum Status { ACTIVE, DISABLED }

    private static final Duration LAUNCH_STAMP_RESOLUTION = Duration.ofMinutes(1);

    @Id
    private UUID id;
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private UUID organisationId;
    @Column(name = "consumer_key", nullable = false)
    private String consumerKey;
    @Column(name = "sealed_secret", nullable = false)
    private String sealedSecret;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "last_launch_at")
    private Instant lastLaunchAt;

    protected Lti11Consumer() {
    }

    public Lti11Consumer(UUID organisationId, String consumerKey, String sealedSecret, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.organisationId = Objects.requireNonNull(organisationId);
        this.consumerKey = Objects.requireNonNull(consumerKey);
        this.sealedSecret = Objects.requireNonNull(sealedSecret);
        this.status = Status.ACTIVE;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** New credentials; the old key stops working at once. Rotation also re-enables a disabled key. */
    public void rotate(String newKey, String newSealedSecret, Instant now) {
        this.consumerKey = Objects.requireNonNull(newKey);
        this.sealedSecret = Objects.requireNonNull(newSealedSecret);
        this.status = Status.ACTIVE;
        this.lastLaunchAt = null;
        this.updatedAt = now;
    }

    public void changeStatus(Status newStatus, Instant now) {
        this.status = Objects.requireNonNull(newStatus);
        this.updatedAt = now;
    }

    public void recordLaunch(Instant now) {
        if (lastLaunchAt == null || Duration.between(lastLaunchAt, now).compareTo(LAUNCH_STAMP_RESOLUTION) >= 0) {
            lastLaunchAt = now;
        }
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    /** The name a secret is sealed under: a sealed secret copied onto another key or organisation does not open. */
    public static String sealingName(UUID organisationId, String consumerKey) {
        return "lti11-consumer:" + organisationId + ":" + consumerKey;
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String consumerKey() {
        return consumerKey;
    }

    public String sealedSecret() {
        return sealedSecret;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant lastLaunchAt() {
        return lastLaunchAt;
    }
}
