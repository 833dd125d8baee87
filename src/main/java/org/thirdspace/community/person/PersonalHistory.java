package org.thirdspace.community.person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a person did and chose in the community, as their data export lists it. */
public record PersonalHistory(List<CourseEntry> courses, List<SpaceEntry> spaces, List<PostEntry> posts,
                              List<ReactionEntry> reactions, List<FollowEntry> follows,
                              List<NotificationEntry> notifications, List<ReportEntry> reports,
                              List<ConsentEntry> consents) {

    /** A course the LMS listed the person in, with the roles and the custom values it sent. */
    public record CourseEntry(UUID courseId, String title, String roles, String status, String custom,
                              Instant since, Instant lastLaunchAt) {
    }

    public record SpaceEntry(UUID spaceId, String title, String role, String status, Instant joinedAt) {
    }

    /** A post the person wrote, with its Markdown as they last wrote it. */
    public record PostEntry(UUID postId, UUID threadId, String threadTitle, UUID spaceId, String spaceTitle,
                            boolean opening, String markdown, Instant createdAt, Instant editedAt, boolean deleted) {
    }

    public record ReactionEntry(UUID postId, String kind, Instant createdAt) {
    }

    public record FollowEntry(String kind, UUID targetId, Instant since) {
    }

    public record NotificationEntry(String kind, UUID threadId, Instant createdAt, Instant readAt) {
    }

    /** A post the person reported, with their reason and words. */
    public record ReportEntry(UUID postId, String reason, String text, Instant createdAt) {
    }

    /** The person's consent to an artifact quoting them. */
    public record ConsentEntry(UUID artifactId, String consent, Instant askedAt, Instant answeredAt) {
    }
}
