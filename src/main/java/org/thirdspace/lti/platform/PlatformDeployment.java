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

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One installation of the tool under a registration (LTI Core 1.3 §3.1.3 {@code deployment_id}:
 * at most 255 characters, case-sensitive). Launches are accepted only for active deployments.
 */
@Entity
@Table(name = "platform_deployment")
@Access(AccessType.FIELD)
public class PlatformDeployment {

    @Id
    private UUID id;
    @Column(name = "registration_id", nullable = false, updatable = false)
    private UUID registrationId;
    @Column(name = "deployment_id", nullable = false, updatable = false)
    private String deploymentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeploymentStatus status;
    private String label;
    @Column(name = "first_seen_at", nullable = false, updatable = false)
    private Instant firstSeenAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "last_launch_at")
    private Instant lastLaunchAt;

    protected PlatformDeployment() {
    }

    public PlatformDeployment(UUID registrationId, String deploymentId, DeploymentStatus status, String label, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.registrationId = Objects.requireNonNull(registrationId);
        this.deploymentId = Objects.requireNonNull(deploymentId);
        this.status = status;
        this.label = label;
        this.firstSeenAt = now;
    }

    public void decide(DeploymentStatus newStatus, String decidedBy, Instant now) {
        this.status = Objects.requireNonNull(newStatus);
        this.decidedBy = decidedBy;
        this.decidedAt = now;
    }

    public void relabel(String newLabel) {
        this.label = newLabel;
    }

    public boolean isActive() {
        return status == DeploymentStatus.ACTIVE;
    }

    public UUID id() {
        return id;
    }

    public UUID registrationId() {
        return registrationId;
    }

    public String deploymentId() {
        return deploymentId;
    }

    public DeploymentStatus status() {
        return status;
    }

    public String label() {
        return label;
    }

    public Instant firstSeenAt() {
        return firstSeenAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant lastLaunchAt() {
        return lastLaunchAt;
    }
}
