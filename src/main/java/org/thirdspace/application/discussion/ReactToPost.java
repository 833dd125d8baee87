package org.thirdspace.application.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.safety.WriteGate;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.ReactionKind;
import org.thirdspace.community.discussion.Reactions;

import java.time.Instant;
import java.util.UUID;

/** Members react to posts with helpful, insightful or thanks — and take it back. There are no downvotes. */
@ApplicationScoped
public class ReactToPost {

    private ThreadAccess threads;
    private Reactions reactions;
    private WriteGate gate;

    protected ReactToPost() {
    }

    @Inject
    public ReactToPost(ThreadAccess threads, Reactions reactions, WriteGate gate) {
        this.threads = threads;
        this.reactions = reactions;
        this.gate = gate;
    }

    @Transactional
    public void react(Actor actor, UUID postId, String kind, boolean add, Instant now) {
        ReactionKind reaction;
        try {
            reaction = ReactionKind.valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequest("kind", "a reaction is HELPFUL, INSIGHTFUL or THANKS");
        }
        ThreadAccess.InThread in = threads.ofPost(actor, postId, now);
        Post post = threads.post(in, postId);
        if (!in.inSpace() || post.isDeleted()) {
            throw new AccessDenied("members of the space react to posts that are not deleted");
        }
        gate.mayWrite(actor, in.space().id(), now);
        if (add) {
            reactions.react(postId, actor.personId(), reaction, now);
        } else {
            reactions.unreact(postId, actor.personId(), reaction);
        }
    }
}
