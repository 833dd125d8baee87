package org.thirdspace.application.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.notification.DeliverNotifications;
import org.thirdspace.application.safety.WriteGate;
import org.thirdspace.community.discussion.Audience;
import org.thirdspace.community.discussion.AudienceChange;
import org.thirdspace.community.discussion.AudienceChanges;
import org.thirdspace.community.discussion.AudienceRequest;
import org.thirdspace.community.discussion.AudienceRequests;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.Posts;
import org.thirdspace.community.notification.NotificationKind;
import org.thirdspace.community.space.SpacePolicy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Seek &gt; Sense &gt; Share: a thread moves to a wider audience (peer group → space → organisation)
 * only with its author's consent. The author moves it; a facilitator can only propose, and the
 * author answers. Others' replies follow only when each of their authors agrees to share them.
 * Each of these publishes content further, so each passes the space's {@link WriteGate}: a
 * suspended member does not widen what they wrote while the suspension lasts.
 */
@ApplicationScoped
public class ShareMoreWidely {

    private ThreadAccess threads;
    private AudienceRequests audienceRequests;
    private AudienceChanges audienceChanges;
    private Posts posts;
    private DeliverNotifications deliver;
    private WriteGate gate;

    protected ShareMoreWidely() {
    }

    @Inject
    public ShareMoreWidely(ThreadAccess threads, AudienceRequests audienceRequests, AudienceChanges audienceChanges, Posts posts,
                           DeliverNotifications deliver, WriteGate gate) {
        this.threads = threads;
        this.audienceRequests = audienceRequests;
        this.audienceChanges = audienceChanges;
        this.posts = posts;
        this.deliver = deliver;
        this.gate = gate;
    }

    /** The author widens at once; a facilitator's call becomes a request to the author. */
    @Transactional
    public String widen(Actor actor, UUID threadId, String audience, Instant now) {
        ThreadAccess.InThread in = threads.thread(actor, threadId, now);
        DiscussionThread thread = in.thread();
        Audience wider = StartThread.audience(audience);
        if (!wider.isWiderThan(thread.audience())) {
            throw new InvalidRequest("audience", "the thread is already visible to " + thread.audience());
        }
        gate.mayWrite(actor, thread.spaceId(), now);
        if (thread.authorId().equals(actor.personId())) {
            apply(thread, wider, null, now);
            return "WIDENED";
        }
        if (!SpacePolicy.mayFacilitate(in.membership())) {
            throw new AccessDenied("only the author, or a facilitator asking the author, shares a thread more widely");
        }
        if (audienceRequests.openRequest(threadId).isPresent()) {
            throw new Conflict("the author has not answered the previous request yet");
        }
        AudienceRequest request = new AudienceRequest(threadId, actor.personId(), wider, now);
        audienceRequests.add(request);
        deliver.deliver(NotificationKind.AUDIENCE_REQUEST, Set.of(thread.authorId()), actor.personId(), thread, null, now);
        return "REQUESTED";
    }

    @Transactional
    public void answer(Actor actor, UUID requestId, boolean accept, Instant now) {
        AudienceRequest request = audienceRequests.request(requestId).orElseThrow(() -> new NotFound("no such request"));
        ThreadAccess.InThread in = threads.thread(actor, request.threadId(), now);
        if (!in.thread().authorId().equals(actor.personId())) {
            throw new AccessDenied("only the thread's author answers");
        }
        if (!request.isOpen()) {
            throw new Conflict("this request was answered already");
        }
        if (accept) {
            gate.mayWrite(actor, in.thread().spaceId(), now);
        }
        request.decide(accept, now);
        if (accept && request.audience().isWiderThan(in.thread().audience())) {
            apply(in.thread(), request.audience(), request.id(), now);
        }
    }

    /** A reply's author agrees that their reply is shown wherever its thread is. */
    @Transactional
    public void shareReply(Actor actor, UUID postId, Instant now) {
        ThreadAccess.InThread in = threads.ofPost(actor, postId, now);
        Post post = threads.post(in, postId);
        if (!post.authorId().equals(actor.personId())) {
            throw new AccessDenied("only its author shares a reply");
        }
        gate.mayWrite(actor, in.thread().spaceId(), now);
        post.shareWider(in.thread());
    }

    /** The author's consent given: the thread goes wider, and its history says who, when and from where. */
    private void apply(DiscussionThread thread, Audience wider, UUID requestId, Instant now) {
        audienceChanges.add(new AudienceChange(thread.id(), thread.audience(), wider, thread.peerGroupId(), requestId, thread.authorId(), now));
        thread.widen(wider, now);
        for (Post post : posts.posts(thread.id(), ShowThread.MAX_POSTS)) {
            post.followAudience(thread);
        }
        Set<UUID> asked = new HashSet<>();
        for (Post reply : posts.unsharedReplies(thread.id())) {
            if (asked.add(reply.authorId())) {
                deliver.deliver(NotificationKind.SHARE_REQUEST, Set.of(reply.authorId()), thread.authorId(), thread, reply, now);
            }
        }
    }
}
