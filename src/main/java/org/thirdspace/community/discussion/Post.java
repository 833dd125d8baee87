package org.thirdspace.community.discussion;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.shared.TimeOrderedUuid;
import org.thirdspace.community.shared.NullableUuidConverter;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What someone wrote: the opening post of a thread, or a reply. Replies nest one level deep (a
 * reply to a reply is filed under the same top-level reply) and may quote another post. Edits
 * bump the version and keep the previous text as a {@link PostRevision}; deleting leaves a
 * tombstone in the conversation, not a hole.
 */
@Entity
@Table(name = "post")
@Access(AccessType.FIELD)
public class Post {

    @Id
    private UUID id;
    @Column(name = "thread_id", nullable = false, updatable = false)
    private UUID threadId;
    @Column(name = "space_id", nullable = false)
    private UUID spaceId;
    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;
    @Column(name = "parent_id", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID parentId;
    @Column(name = "quoted_post_id", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID quotedPostId;
    @Column(nullable = false, updatable = false)
    private boolean opening;
    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown;
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;
    @Column(name = "body_text", nullable = false)
    private String bodyText;
    @Column(name = "shared_wider", nullable = false)
    private boolean sharedWider;
    @Column(name = "org_wide", nullable = false)
    private boolean orgWide;
    @Column(nullable = false)
    private int version;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "edited_at")
    private Instant editedAt;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Column(name = "hidden_at")
    private Instant hiddenAt;

    protected Post() {
    }

    public Post(DiscussionThread thread, UUID authorId, UUID parentId, UUID quotedPostId, boolean opening, Body body, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.threadId = thread.id();
        this.spaceId = thread.spaceId();
        this.authorId = Objects.requireNonNull(authorId);
        this.parentId = parentId;
        this.quotedPostId = quotedPostId;
        this.opening = opening;
        // The opening post goes wherever its thread goes; others' replies wait for consent.
        this.sharedWider = opening || authorId.equals(thread.authorId());
        this.orgWide = sharedWider && thread.audience() == Audience.ORGANISATION;
        this.version = 1;
        this.createdAt = now;
        write(body);
    }

    /** Replaces the text and returns the revision that keeps the old one. */
    public PostRevision edit(Body body, String oldTitle, UUID editor, Instant now) {
        PostRevision previous = new PostRevision(id, version, oldTitle, bodyMarkdown, editor, now);
        write(body);
        this.version++;
        this.editedAt = now;
        return previous;
    }

    /** The post's thread moved to another space. */
    public void movedTo(UUID otherSpaceId) {
        this.spaceId = Objects.requireNonNull(otherSpaceId);
    }

    public void delete(Instant now) {
        this.deletedAt = now;
    }

    /**
     * Moderators hide a post pending review: it keeps its place, members see a neutral notice, and
     * its author can still read and edit it.
     */
    public void hide(Instant now) {
        this.hiddenAt = now;
    }

    public void restore() {
        this.hiddenAt = null;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    /** The author agrees that the post is shown wherever its thread is. */
    public void shareWider(DiscussionThread thread) {
        this.sharedWider = true;
        followAudience(thread);
    }

    /** Whether the whole organisation sees this post follows its thread's audience and the author's consent. */
    public void followAudience(DiscussionThread thread) {
        this.orgWide = sharedWider && thread.audience() == Audience.ORGANISATION;
    }

    private void write(Body body) {
        this.bodyMarkdown = body.markdown();
        this.bodyHtml = body.html();
        this.bodyText = body.text();
    }

    /** A body as stored: what was typed, the sanitized HTML, the plain text. */
    public record Body(String markdown, String html, String text) {
    }

    public UUID id() {
        return id;
    }

    public UUID threadId() {
        return threadId;
    }

    public UUID spaceId() {
        return spaceId;
    }

    public UUID authorId() {
        return authorId;
    }

    public UUID parentId() {
        return parentId;
    }

    public UUID quotedPostId() {
        return quotedPostId;
    }

    public boolean isOpening() {
        return opening;
    }

    public String bodyMarkdown() {
        return bodyMarkdown;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public String bodyText() {
        return bodyText;
    }

    public boolean isSharedWider() {
        return sharedWider;
    }

    public boolean isOrganisationWide() {
        return orgWide;
    }

    public int version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
