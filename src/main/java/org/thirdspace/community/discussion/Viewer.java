package org.thirdspace.community.discussion;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Who is looking, for every query that crosses spaces (search, tag hubs, member cards, the artifact
 * library): their organisation, the spaces they are a member of, those they moderate, their peer
 * groups, and the spaces whose weekly synthesis they draft (its synthesizers and facilitators, who
 * alone read it before it is published).
 * A thread is visible when it is in one of their spaces (a peer-group thread only to its group and
 * the space's moderators), or when it is shared with the whole organisation.
 */
public record Viewer(UUID organisationId, UUID personId, Set<UUID> memberSpaces, Set<UUID> moderatedSpaces,
                     Set<UUID> peerGroups, Set<UUID> synthesizedSpaces) {

    public Viewer {
        memberSpaces = Set.copyOf(memberSpaces);
        moderatedSpaces = Set.copyOf(moderatedSpaces);
        peerGroups = Set.copyOf(peerGroups);
        synthesizedSpaces = Set.copyOf(synthesizedSpaces);
    }

    /** Someone who drafts no space's synthesis: what a thread's or a feed's reader is. */
    public Viewer(UUID organisationId, UUID personId, Set<UUID> memberSpaces, Set<UUID> moderatedSpaces, Set<UUID> peerGroups) {
        this(organisationId, personId, memberSpaces, moderatedSpaces, peerGroups, Set.of());
    }

    public boolean sees(DiscussionThread thread, Instant now) {
        if (!thread.organisationId().equals(organisationId) || thread.isDeleted()) {
            return false;
        }
        boolean member = memberSpaces.contains(thread.spaceId());
        if (!thread.isPublished(now) && !moderatedSpaces.contains(thread.spaceId())) {
            return false;
        }
        return switch (thread.audience()) {
            case ORGANISATION -> true;
            case SPACE -> member;
            case PEER_GROUP -> member && (peerGroups.contains(thread.peerGroupId()) || moderatedSpaces.contains(thread.spaceId()));
        };
    }

    /** Others' posts in a thread seen from outside its space need their authors' consent to share. */
    public boolean sees(Post post, DiscussionThread thread) {
        return !post.isDeleted() && (memberSpaces.contains(thread.spaceId()) || post.isSharedWider());
    }

    /**
     * Whether the viewer may read the thread and, when one is named, the post in it — what anything
     * that tells them about it (a notification) may carry. A thread whose opening post the
     * moderators hid is its author's and its space's moderators' only; so is a hidden post.
     */
    public boolean reads(DiscussionThread thread, Post post, boolean openingHidden, java.time.Instant now) {
        if (!sees(thread, now)) {
            return false;
        }
        boolean moderates = moderatedSpaces.contains(thread.spaceId());
        if (openingHidden && !moderates && !thread.authorId().equals(personId)) {
            return false;
        }
        if (post == null) {
            return true;
        }
        if (!post.threadId().equals(thread.id()) || !sees(post, thread)) {
            return false;
        }
        return !post.isHidden() || moderates || post.authorId().equals(personId);
    }
}
