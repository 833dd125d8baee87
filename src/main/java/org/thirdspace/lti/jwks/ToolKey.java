package org.thirdspace.lti.jwks;

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

/** One RSA key pair of the tool; the private half is sealed (see {@link KeySealer}). */
@Entity
@Table(name = "tool_key")
@Access(AccessType.FIELD)
public class ToolKey {

    @Id
    private UUID id;
    @Column(nullable = false, updatable = false)
    private String kid;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ToolKeyStatus status;
    @Column(name = "public_jwk", nullable = false, updatable = false)
    private String publicJwk;
    @Column(name = "sealed_private_key", nullable = false, updatable = false)
    private String sealedPrivateKey;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "activated_at")
    private Instant activatedAt;
    @Column(name = "retired_at")
    private Instant retiredAt;

    protected ToolKey() {
    }

    ToolKey(String kid, ToolKeyStatus status, String publicJwk, String sealedPrivateKey, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.kid = Objects.requireNonNull(kid);
        this.status = status;
        this.publicJwk = publicJwk;
        this.sealedPrivateKey = sealedPrivateKey;
        this.createdAt = now;
        if (status == ToolKeyStatus.ACTIVE) {
            this.activatedAt = now;
        }
    }

    void activate(Instant now) {
        this.status = ToolKeyStatus.ACTIVE;
        this.activatedAt = now;
    }

    void stopSigning() {
        this.status = ToolKeyStatus.RETIRING;
    }

    void retire(Instant now) {
        this.status = ToolKeyStatus.RETIRED;
        this.retiredAt = now;
    }

    public String kid() {
        return kid;
    }

    public ToolKeyStatus status() {
        return status;
    }

    String publicJwk() {
        return publicJwk;
    }

    String sealedPrivateKey() {
        return sealedPrivateKey;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public Instant retiredAt() {
        return retiredAt;
    }
}
