package org.thirdspace.lti.deeplinking;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An LtiDeepLinkingRequest as the platform signed it, kept on the server for the designer's
 * session: the response goes to this return URL and deployment with this {@code data}, whatever
 * the browser sends (Deep Linking 2.0 §4.4; LTI.md negative test 21). Answered once.
 */
@Entity
@Table(name = "deep_linking_request")
@Access(AccessType.FIELD)
public class DeepLinkingRequest {

    /** The name the tool registers under ({@code client_name} in lti-config/tool-configuration.json). */
    static final String TOOL_NAME = "Thirdspace";

    /** The content item type a tool link is (Deep Linking 2.0 §3.1). */
    public static final String LTI_RESOURCE_LINK = "ltiResourceLink";

    @Id
    private UUID id;
    @Column(name = "registration_id", nullable = false, updatable = false)
    private UUID registrationId;
    @Column(name = "deployment_id", nullable = false, updatable = false)
    private String deploymentId;
    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;
    @Column(name = "course_context_id", nullable = false, updatable = false)
    private UUID courseId;
    @Column(name = "return_url", nullable = false, updatable = false)
    private String returnUrl;
    @Column(updatable = false)
    private String data;
    @Column(name = "accept_types", nullable = false, updatable = false)
    private String acceptTypes;
    @Column(name = "accept_targets", nullable = false, updatable = false)
    private String acceptTargets;
    @Column(name = "accept_multiple", nullable = false, updatable = false)
    private boolean acceptMultiple;
    @Column(updatable = false)
    private String title;
    @Column(updatable = false)
    private String text;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;
    @Column(name = "answered_at")
    private Instant answeredAt;

    protected DeepLinkingRequest() {
    }

    public DeepLinkingRequest(UUID registrationId, String deploymentId, UUID personId, UUID courseId, String returnUrl,
                              String data, List<String> acceptTypes, List<String> acceptTargets, boolean acceptMultiple,
                              String title, String text, Instant now, Instant expiresAt) {
        // A random id, not a time-ordered one: it names the designer's session in API paths.
        this.id = UUID.randomUUID();
        this.registrationId = Objects.requireNonNull(registrationId);
        this.deploymentId = Objects.requireNonNull(deploymentId);
        this.personId = Objects.requireNonNull(personId);
        this.courseId = Objects.requireNonNull(courseId);
        this.returnUrl = Objects.requireNonNull(returnUrl);
        this.data = data;
        this.acceptTypes = String.join(" ", acceptTypes);
        this.acceptTargets = String.join(" ", acceptTargets);
        this.acceptMultiple = acceptMultiple;
        this.title = title;
        this.text = text;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Whether the placement takes tool links at all; when not, the only answer is an error message. */
    public boolean acceptsResourceLinks() {
        return acceptTypes().contains(LTI_RESOURCE_LINK);
    }

    public List<String> acceptTypes() {
        return split(acceptTypes);
    }

    public List<String> acceptTargets() {
        return split(acceptTargets);
    }

    public boolean isOpen(Instant now) {
        return answeredAt == null && now.isBefore(expiresAt);
    }

    private static List<String> split(String joined) {
        return joined.isBlank() ? List.of() : Arrays.asList(joined.split(" "));
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

    public UUID personId() {
        return personId;
    }

    public UUID courseId() {
        return courseId;
    }

    public String returnUrl() {
        return returnUrl;
    }

    /** The request's opaque {@code data}, to be echoed unchanged; null when it had none. */
    public String data() {
        return data;
    }

    public boolean acceptMultiple() {
        return acceptMultiple;
    }

    /** The platform's suggested title for the content, if any. */
    public String title() {
        return title;
    }

    /**
     * The platform's title as a name for new content, unless it only repeats the tool's own name:
     * Moodle pre-fills a new activity's name with the tool's and sends it as the Deep Linking
     * {@code title}, which would call every new space "Thirdspace".
     */
    public String suggestedTitle() {
        return title == null || title.isBlank() || title.strip().equalsIgnoreCase(TOOL_NAME) ? null : title.strip();
    }

    public String text() {
        return text;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
