package org.thirdspace.community.space;

import org.thirdspace.community.shared.DisplayText;

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

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A community space: a members-only place for deeper conversations, owned by one organisation and
 * linked from any number of courses and course runs, whose members are its members.
 */
@Entity
@Table(name = "space")
@Access(AccessType.FIELD)
public class Space {

    public static final int MAX_TITLE = 200;
    public static final int MAX_PURPOSE = 500;
    public static final int MAX_DESCRIPTION = 4000;

    @Id
    private UUID id;
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private UUID organisationId;
    @Column(nullable = false)
    private String title;
    private String purpose;
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SpaceKind kind;
    @Column(nullable = false)
    private boolean archived;
    @Column(name = "created_by", nullable = false, updatable = false)
    private UUID createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "course_copies", nullable = false)
    private CourseCopies courseCopies = CourseCopies.JOIN;
    @Column(name = "run_of", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID runOf;
    @Column(name = "run_for_course", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID runForCourse;

    protected Space() {
    }

    public Space(UUID organisationId, String title, String purpose, String description, SpaceKind kind, UUID createdBy,
                 Instant now) {
        this.id = TimeOrderedUuid.next();
        this.organisationId = Objects.requireNonNull(organisationId);
        this.kind = Objects.requireNonNull(kind);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = now;
        describe(title, purpose, description, now);
    }

    public void describe(String newTitle, String newPurpose, String newDescription, Instant now) {
        this.title = Objects.requireNonNull(newTitle);
        this.purpose = newPurpose;
        this.description = newDescription;
        this.updatedAt = now;
    }

    /**
     * A new run of this space for a copied course: same kind, purpose, description and copy rule,
     * titled after the course so that facilitators tell the runs apart.
     */
    public Space runFor(UUID courseId, String courseName, UUID startedBy, Instant now) {
        String runTitle = courseName == null || courseName.isBlank() ? title : title + " · " + courseName;
        Space run = new Space(organisationId, runTitle.length() > MAX_TITLE ? runTitle.substring(0, MAX_TITLE) : runTitle,
                purpose, description, kind, startedBy, now);
        run.courseCopies = courseCopies;
        run.runOf = id;
        run.runForCourse = Objects.requireNonNull(courseId);
        return run;
    }

    public void copyRule(CourseCopies rule, Instant now) {
        this.courseCopies = Objects.requireNonNull(rule);
        this.updatedAt = now;
    }

    public void archive(boolean archive, Instant now) {
        this.archived = archive;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    /** Who made the space (the first facilitator). */
    public UUID createdBy() {
        return createdBy;
    }

    public UUID organisationId() {
        return organisationId;
    }

    /** Without bidirectional controls, also for titles written before they were removed on input. */
    public String title() {
        return DisplayText.withoutBidiControls(title);
    }

    public String purpose() {
        return purpose;
    }

    public String description() {
        return description;
    }

    public SpaceKind kind() {
        return kind;
    }

    public boolean isArchived() {
        return archived;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public CourseCopies courseCopies() {
        return courseCopies;
    }

    /** The space this one is a run of, for a copied course; null for an original. */
    public UUID runOf() {
        return runOf;
    }
}
