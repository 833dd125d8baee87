package org.thirdspace.community.course;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A course (or course run) of an LMS: (organisation, deployment, context id). The same context id
 * under another deployment or registration is another course.
 *
 * <p>LTI 1.1 has no deployments: a course first seen by an LTI 1.1 launch is under
 * {@link #LTI11_DEPLOYMENT} until the LMS launches it by LTI 1.3 with a verified migration claim,
 * which moves it under that launch's deployment ({@link #moveToDeployment}).
 */
@Entity
@Table(name = "course_context")
@Access(AccessType.FIELD)
public class CourseContext {

    /** The deployment of courses LTI 1.1 launches brought in (1.1 has none of its own). */
    public static final String LTI11_DEPLOYMENT = "lti-1.1";

    @Id
    private UUID id;
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private UUID organisationId;
    @Column(name = "deployment_id", nullable = false)
    private String deploymentId;
    @Column(name = "context_key", nullable = false, updatable = false)
    private String contextKey;
    private String label;
    private String title;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CourseContext() {
    }

    public CourseContext(UUID organisationId, String deploymentId, String contextKey, String label, String title, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.organisationId = Objects.requireNonNull(organisationId);
        this.deploymentId = Objects.requireNonNull(deploymentId);
        this.contextKey = Objects.requireNonNull(contextKey);
        this.label = label;
        this.title = title;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Whether the course was brought in by LTI 1.1 and no LTI 1.3 launch has claimed it yet. */
    public boolean isLti11Only() {
        return LTI11_DEPLOYMENT.equals(deploymentId);
    }

    /**
     * An LMS that moved this course's tool from LTI 1.1 to 1.3 launches it under a deployment: the
     * course, its community and its history carry on there (1EdTech LTI Migration Guide: context
     * ids are kept across the move).
     */
    public void moveToDeployment(String newDeploymentId, Instant now) {
        if (!isLti11Only()) {
            throw new IllegalStateException("only a course brought in by LTI 1.1 moves to a deployment");
        }
        this.deploymentId = Objects.requireNonNull(newDeploymentId);
        this.updatedAt = now;
    }

    public boolean rename(String newLabel, String newTitle, Instant now) {
        if (Objects.equals(label, newLabel) && Objects.equals(title, newTitle)) {
            return false;
        }
        this.label = newLabel;
        this.title = newTitle;
        this.updatedAt = now;
        return true;
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String deploymentId() {
        return deploymentId;
    }

    public String contextKey() {
        return contextKey;
    }

    public String label() {
        return label;
    }

    public String title() {
        return title;
    }

    /** A name for people: the title, else the label, else the platform's id. */
    public String nameToShow() {
        return nameToShow(title, label, contextKey);
    }

    /** The title, else the label, else the LMS's context id. */
    public static String nameToShow(String title, String label, String contextKey) {
        if (title != null && !title.isBlank()) {
            return title;
        }
        return label != null && !label.isBlank() ? label : contextKey;
    }
}
