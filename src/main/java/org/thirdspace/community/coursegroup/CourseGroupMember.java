package org.thirdspace.community.coursegroup;

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

/** A person in a course group, as the LMS's roster says ({@code group_enrollments}). */
@Entity
@Table(name = "course_group_member")
@Access(AccessType.FIELD)
public class CourseGroupMember {

    @Id
    private UUID id;
    @Column(name = "course_group_id", nullable = false, updatable = false)
    private UUID groupId;
    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;
    @Column(name = "course_context_id", nullable = false, updatable = false)
    private UUID courseId;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CourseGroupMember() {
    }

    public CourseGroupMember(UUID courseId, UUID groupId, UUID personId, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.courseId = Objects.requireNonNull(courseId);
        this.groupId = Objects.requireNonNull(groupId);
        this.personId = Objects.requireNonNull(personId);
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID groupId() {
        return groupId;
    }

    public UUID personId() {
        return personId;
    }
}
