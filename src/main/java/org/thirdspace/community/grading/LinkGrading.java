package org.thirdspace.community.grading;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.thirdspace.community.shared.NullableUuidConverter;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One space link's grading: the grade service its latest launch offered, the line item the tool
 * uses for it, and the instructor's setting — off until an instructor turns it on.
 */
@Entity
@Table(name = "link_grading")
@Access(AccessType.FIELD)
public class LinkGrading {

    public static final int DEFAULT_REQUIRED = 3;

    @Id
    @Column(name = "resource_link_id")
    private UUID linkId;
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private UUID organisationId;
    @Column(name = "course_context_id", nullable = false, updatable = false)
    private UUID courseId;
    @Column(name = "link_key", nullable = false, updatable = false)
    private String linkKey;
    @Column(name = "link_title")
    private String linkTitle;
    @Column(name = "line_items_url")
    private String lineItemsUrl;
    @Column(name = "line_item_url")
    private String lineItemUrl;
    private String scopes;
    @Column(name = "line_item")
    private String lineItem;
    private boolean enabled;
    @Column(name = "required_conversations", nullable = false)
    private int requiredConversations;
    @Column(name = "period_start")
    private Instant periodStart;
    @Column(name = "period_end")
    private Instant periodEnd;
    @Column(name = "changed_by")
    @Convert(converter = NullableUuidConverter.class)
    private UUID changedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected LinkGrading() {
    }

    public LinkGrading(UUID linkId, UUID organisationId, UUID courseId, String linkKey, String linkTitle, Instant now) {
        this.linkId = Objects.requireNonNull(linkId);
        this.linkKey = Objects.requireNonNull(linkKey);
        this.linkTitle = linkTitle;
        this.organisationId = Objects.requireNonNull(organisationId);
        this.courseId = Objects.requireNonNull(courseId);
        this.requiredConversations = DEFAULT_REQUIRED;
        this.updatedAt = now;
    }

    /**
     * The grade service of a new launch from the link; returns whether anything changed. A line
     * item the platform names in its claim is the one to use; otherwise the one found or created
     * before stays.
     */
    public boolean offer(GradeService service, String title, Instant now) {
        String encoded = service.encodedScopes();
        if (title != null && !title.equals(linkTitle)) {
            linkTitle = title;
            updatedAt = now;
        }
        if (Objects.equals(lineItemsUrl, service.lineItemsUrl()) && Objects.equals(lineItemUrl, service.lineItemUrl())
                && Objects.equals(scopes, encoded)) {
            return false;
        }
        if (service.lineItemUrl() != null && !service.lineItemUrl().equals(lineItemUrl)) {
            lineItem = null;
        }
        this.lineItemsUrl = service.lineItemsUrl();
        this.lineItemUrl = service.lineItemUrl();
        this.scopes = encoded;
        this.updatedAt = now;
        return true;
    }

    /** Null when no launch offered the service. */
    public GradeService service() {
        if (scopes == null && lineItemsUrl == null && lineItemUrl == null) {
            return null;
        }
        return new GradeService(GradeService.decodeScopes(scopes), lineItemsUrl, lineItemUrl);
    }

    public GradingUnavailable unavailable() {
        GradeService service = service();
        return service == null ? GradingUnavailable.NO_SERVICE : service.unavailable();
    }

    public void turnOn(ParticipationRule rule, UUID by, Instant now) {
        this.enabled = true;
        this.requiredConversations = rule.requiredConversations();
        this.periodStart = rule.periodStart();
        this.periodEnd = rule.periodEnd();
        this.changedBy = by;
        this.updatedAt = now;
    }

    public void turnOff(UUID by, Instant now) {
        this.enabled = false;
        this.changedBy = by;
        this.updatedAt = now;
    }

    /** The line item scores go to: the one found or created, else the one the launch named. */
    public String lineItem() {
        return lineItem != null ? lineItem : lineItemUrl;
    }

    public void useLineItem(String url, Instant now) {
        this.lineItem = url;
        this.updatedAt = now;
    }

    /**
     * The LMS answered 404 for the line item: it was deleted. Forget it, including the launch's, so
     * that the next score finds or creates one in the container.
     */
    public void lineItemDeleted(String url, Instant now) {
        if (url.equals(lineItem)) {
            lineItem = null;
        }
        if (url.equals(lineItemUrl)) {
            lineItemUrl = null;
        }
        this.updatedAt = now;
    }

    public ParticipationRule rule() {
        return new ParticipationRule(requiredConversations, periodStart, periodEnd);
    }

    public UUID linkId() {
        return linkId;
    }

    /** The LMS's resource link id (AGS line items name it as {@code resourceLinkId}). */
    public String resourceLinkKey() {
        return linkKey;
    }

    public String resourceLinkTitle() {
        return linkTitle == null ? linkKey : linkTitle;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public UUID courseId() {
        return courseId;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
