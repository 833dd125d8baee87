package org.thirdspace.application.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.discussion.Audience;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.Posts;
import org.thirdspace.community.discussion.Threads;
import org.thirdspace.community.discussion.Viewer;
import org.thirdspace.community.peergroup.PeerGroups;
import org.thirdspace.community.space.Membership;
import org.thirdspace.community.space.Space;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Finds a thread (or post) for the caller: only in their organisation, only if they may see it —
 * as a member of its space, or as anyone in the organisation when it is shared organisation-wide.
 */
@ApplicationScoped
public class ThreadAccess {

    private Posts posts;
    private Threads threads;
    private SpaceAccess access;
    private PeerGroups peerGroups;

    protected ThreadAccess() {
    }

    @Inject
    public ThreadAccess(Posts posts, Threads threads, SpaceAccess access, PeerGroups peerGroups) {
        this.posts = posts;
        this.threads = threads;
        this.access = access;
        this.peerGroups = peerGroups;
    }

    /** A thread, its space and the caller's membership there (null for an organisation-wide reader). */
    public record InThread(DiscussionThread thread, Space space, Membership membership, Viewer viewer) {
        public boolean inSpace() {
            return membership != null && membership.isMember();
        }
    }

    public InThread thread(Actor actor, UUID threadId, Instant now) {
        DiscussionThread thread = threads.thread(threadId).filter(t -> t.organisationId().equals(actor.organisationId()))
                .orElseThrow(() -> new NotFound("no such thread"));
        SpaceAccess.InSpace in = access.look(actor, thread.spaceId());
        Membership member = in.membership() != null && in.membership().isMember() ? in.membership() : null;
        // Only this thread's space matters here: a member sees by the space's rules, anyone else
        // only what is shared with the organisation.
        Set<UUID> groups = member != null && thread.audience() == Audience.PEER_GROUP
                ? Set.copyOf(peerGroups.groupsOf(actor.personId())) : Set.of();
        Viewer viewer = new Viewer(actor.organisationId(), actor.personId(), member == null ? Set.of() : Set.of(thread.spaceId()),
                member != null && member.moderates() ? Set.of(thread.spaceId()) : Set.of(), groups);
        if (!viewer.sees(thread, now)) {
            if (thread.isDeleted()) {
                throw new NotFound("this thread was deleted");
            }
            throw new AccessDenied("this conversation is visible to its space's members only");
        }
        return new InThread(thread, in.space(), member, viewer);
    }

    public Post post(InThread in, UUID postId) {
        return posts.post(postId).filter(p -> p.threadId().equals(in.thread().id()))
                .orElseThrow(() -> new NotFound("no such post in this thread"));
    }

    /** A post and its thread, found from the post's id. */
    public InThread ofPost(Actor actor, UUID postId, Instant now) {
        Post post = posts.post(postId).orElseThrow(() -> new NotFound("no such post"));
        return thread(actor, post.threadId(), now);
    }
}
