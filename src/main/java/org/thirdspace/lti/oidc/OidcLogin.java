package org.thirdspace.lti.oidc;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One OIDC third-party-initiated login (LTI Core 1.3 §5.1, 1EdTech Security Framework §5.1.1):
 * the {@code state} and {@code nonce} the tool minted, the browser they are bound to (a hash of a
 * random value held in a cookie or in LTI Platform Storage), and the login parameters needed to
 * check the launch and to restart it in a new window.
 */
@Entity
@Table(name = "oidc_login")
@Access(AccessType.FIELD)
public class OidcLogin {

    @Id
    private String state;
    @Column(nullable = false, updatable = false)
    private String nonce;
    @Column(name = "registration_id", nullable = false, updatable = false)
    private UUID registrationId;
    @Column(name = "browser_binding", nullable = false, updatable = false)
    private String browserBinding;
    @Column(name = "deployment_hint", updatable = false)
    private String deploymentHint;
    @Column(name = "target_link_uri", nullable = false, updatable = false)
    private String targetLinkUri;
    @Column(name = "login_hint", nullable = false, updatable = false)
    private String loginHint;
    @Column(name = "message_hint", updatable = false)
    private String messageHint;
    @Column(name = "storage_target", updatable = false)
    private String storageTarget;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "consumed_at")
    private Instant consumedAt;

    protected OidcLogin() {
    }

    OidcLogin(String state, String nonce, UUID registrationId, String browserBindingHash, LoginRequest request,
              Instant now, Instant expiresAt) {
        this.state = state;
        this.nonce = nonce;
        this.registrationId = registrationId;
        this.browserBinding = browserBindingHash;
        this.deploymentHint = request.deploymentHint();
        this.targetLinkUri = request.targetLinkUri();
        this.loginHint = request.loginHint();
        this.messageHint = request.messageHint();
        this.storageTarget = request.storageTarget();
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public String state() {
        return state;
    }

    public String nonce() {
        return nonce;
    }

    public UUID registrationId() {
        return registrationId;
    }

    public String browserBindingHash() {
        return browserBinding;
    }

    public String deploymentHint() {
        return deploymentHint;
    }

    public String targetLinkUri() {
        return targetLinkUri;
    }

    public String loginHint() {
        return loginHint;
    }

    public String messageHint() {
        return messageHint;
    }

    public String storageTarget() {
        return storageTarget;
    }

    public boolean usesPlatformStorage() {
        return storageTarget != null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean isConsumed() {
        return consumedAt != null;
    }

    public boolean isExpired(Instant now) {
        return now.isAfter(expiresAt);
    }
}
