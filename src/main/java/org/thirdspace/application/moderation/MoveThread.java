package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.discussion.ThreadAccess;
import org.thirdspace.application.safety.ModerationAudit;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.discussion.Audience;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.Posts;
import org.thirdspace.community.moderation.ModerationCase;
import org.thirdspace.community.moderation.ModerationCases;
import org.thirdspace.community.moderation.ModeratorAction;
import org.thirdspace.community.moderation.SafeSpacePolicy;

import java.time.Instant;
import java.util.UUID;

/**
 * A moderator moves a thread to another space they moderate (a question asked in the wrong
 * place); its posts and open cases go with it, and both spaces' audits say so.
 */
@ApplicationScoped
public class MoveThread {

    static final int MAX_POSTS = 10_000;

    private ThreadAccess threads;
    private SpaceAccess spaces;
    private Posts posts;
    private ModerationCases moderationCases;
    private ModerationAudit audit;

    protected MoveThread() {
    }

    @Inject
    public MoveThread(ThreadAccess threads, SpaceAccess spaces, Posts posts, ModerationCases moderationCases,
                      ModerationAudit audit) {
        this.threads = threads;
        this.spaces = spaces;
        this.posts = posts;
        this.moderationCases = moderationCases;
        this.audit = audit;
    }

    public record Request(UUID spaceId) {
    }

    @Transactional
    public void move(Actor actor, UUID threadId, Request request, Instant now) {
        ThreadAccess.InThread in = threads.thread(actor, threadId, now);
        if (request == null || request.spaceId() == null) {
            throw new InvalidRequest("spaceId", "say which space the thread goes to");
        }
        if (in.membership() == null || !in.membership().moderates()) {
            throw new AccessDenied("only the space's moderators move threads");
        }
        SpaceAccess.InSpace to = spaces.look(actor, request.spaceId());
        if (!SafeSpacePolicy.mayMoveThread(in.membership(), to.membership())) {
            throw new AccessDenied("a thread moves to another space you moderate");
        }
        if (in.thread().audience() == Audience.PEER_GROUP) {
            throw new InvalidRequest("spaceId", "a peer-group thread stays in its group's space");
        }
        UUID from = in.space().id();
        in.thread().moveTo(to.space().id(), now);
        for (Post post : posts.posts(threadId, MAX_POSTS)) {
            post.movedTo(to.space().id());
        }
        for (ModerationCase c : moderationCases.openCasesOfThread(threadId)) {
            c.movedTo(to.space().id());
        }
        audit.record(actor, from, ModeratorAction.MOVE_THREAD, threadId, "to " + to.space().title(), now);
        audit.record(actor, to.space().id(), ModeratorAction.MOVE_THREAD, threadId, "from " + in.space().title(), now);
    }
}
