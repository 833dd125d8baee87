package org.thirdspace.application.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.space.SpacePolicy;

import java.time.Instant;
import java.util.UUID;

/**
 * The author (or a moderator) deletes a post: it stays in the conversation as a tombstone so the
 * replies around it still make sense. Deleting the opening post deletes the thread the same way.
 */
@ApplicationScoped
public class DeletePost {

    private ThreadAccess threads;

    protected DeletePost() {
    }

    @Inject
    public DeletePost(ThreadAccess threads) {
        this.threads = threads;
    }

    @Transactional
    public void delete(Actor actor, UUID postId, Instant now) {
        ThreadAccess.InThread in = threads.ofPost(actor, postId, now);
        Post post = threads.post(in, postId);
        boolean own = post.authorId().equals(actor.personId());
        if (!in.inSpace() || !(own || SpacePolicy.mayModerate(in.membership()))) {
            throw new AccessDenied("only the author or a moderator deletes a post");
        }
        if (!post.isDeleted()) {
            post.delete(now);
            if (post.isOpening()) {
                in.thread().delete(now);
            }
        }
    }
}
