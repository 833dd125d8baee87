package org.thirdspace.lti.platform;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.shared.NullableUuidConverter;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An LMS platform registered with the tool: the pair (issuer, client_id) with the platform's
 * endpoints. Several registrations may share an issuer (every Canvas cloud tenant uses
 * {@code https://canvas.instructure.com}), so a registration is never found by issuer alone when
 * more than one exists (LTI Core 1.3 §3.1.3; 1EdTech Security Framework §5.1.1).
 *
 * <p>A registration is also the tenant: people, courses and spaces belong to exactly one — its own, or
 * the organisation of an earlier registration it was attached to ({@link #organisationId()}).
 */
@Entity
@Table(name = "platform_registration")
@Access(AccessType.FIELD)
public class PlatformRegistration {

    @Id
    private UUID id;
    @Column(nullable = false, updatable = false)
    private String issuer;
    @Column(name = "client_id", nullable = false, updatable = false)
    private String clientId;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Column(name = "authorization_endpoint", nullable = false)
    private String authorizationEndpoint;
    @Column(name = "token_endpoint")
    private String tokenEndpoint;
    @Column(name = "authorization_server")
    private String authorizationServer;
    @Column(name = "jwks_uri", nullable = false)
    private String jwksUri;
    @Column(name = "target_link_hosts", nullable = false)
    private String targetLinkHosts;
    @Column(name = "frame_origins", nullable = false)
    private String frameOrigins;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationStatus status;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RegistrationOrigin origin;
    /** The organisation this registration launches into when it is not its own (V18); null: its own. */
    @Column(name = "organisation_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID organisationId;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PlatformRegistration() {
    }

    public PlatformRegistration(String issuer, String clientId, PlatformEndpoints endpoints, RegistrationOrigin origin,
                                RegistrationStatus status, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.issuer = Objects.requireNonNull(issuer);
        this.clientId = Objects.requireNonNull(clientId);
        this.origin = origin;
        this.status = status;
        this.createdAt = now;
        apply(endpoints, now);
    }

    public void apply(PlatformEndpoints endpoints, Instant now) {
        this.displayName = endpoints.displayName();
        this.authorizationEndpoint = endpoints.authorizationEndpoint();
        this.tokenEndpoint = endpoints.tokenEndpoint();
        this.authorizationServer = endpoints.authorizationServer();
        this.jwksUri = endpoints.jwksUri();
        this.targetLinkHosts = String.join(",", endpoints.targetLinkHosts());
        this.frameOrigins = String.join(",", endpoints.frameOrigins());
        this.updatedAt = now;
    }

    public void changeStatus(RegistrationStatus newStatus, Instant now) {
        this.status = Objects.requireNonNull(newStatus);
        this.updatedAt = now;
    }

    public PlatformEndpoints endpoints() {
        return new PlatformEndpoints(displayName, authorizationEndpoint, tokenEndpoint, authorizationServer, jwksUri,
                targetLinkHosts(), split(frameOrigins));
    }

    public Set<String> targetLinkHosts() {
        return split(targetLinkHosts);
    }

    /**
     * Origins that may frame the tool's pages (CSP {@code frame-ancestors}): the configured ones, or
     * else the origins of the issuer and of the authorization endpoint. A wildcard stored before
     * wider ones were refused ({@link FrameOrigins}) is left out.
     */
    public Set<String> frameOrigins() {
        Set<String> configured = new LinkedHashSet<>(split(frameOrigins));
        configured.removeIf(origin -> !FrameOrigins.isNarrowEnough(origin));
        if (!configured.isEmpty()) {
            return configured;
        }
        Set<String> origins = new LinkedHashSet<>();
        origins.add(originOf(issuer));
        origins.add(platformOrigin());
        return origins;
    }

    /**
     * The origin of the platform's OIDC authorization endpoint: the frame that answers LTI Platform
     * Storage messages lives there (LTI Client Side postMessages §3).
     */
    public String platformOrigin() {
        return originOf(authorizationEndpoint);
    }

    private static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private static Set<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(joined.split(","))
                .map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The organisation (tenant) this registration's launches belong to: its own id, or the
     * organisation it was attached to when the platform re-created the tool with a new client id.
     */
    public UUID organisationId() {
        return organisationId == null ? id : organisationId;
    }

    /** Whether other registrations may be attached to this one: it started its organisation. */
    public boolean startedItsOrganisation() {
        return organisationId == null;
    }

    public void attachTo(UUID organisation, Instant now) {
        this.organisationId = organisation.equals(id) ? null : organisation;
        this.updatedAt = now;
    }

    public boolean isActive() {
        return status == RegistrationStatus.ACTIVE;
    }

    public UUID id() {
        return id;
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public String displayName() {
        return displayName;
    }

    public String authorizationEndpoint() {
        return authorizationEndpoint;
    }

    public String tokenEndpoint() {
        return tokenEndpoint;
    }

    public String authorizationServer() {
        return authorizationServer;
    }

    public String jwksUri() {
        return jwksUri;
    }

    public RegistrationStatus status() {
        return status;
    }

    public RegistrationOrigin origin() {
        return origin;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
