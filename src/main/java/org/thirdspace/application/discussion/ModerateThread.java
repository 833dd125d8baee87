package org.thirdspace.application.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.safety.ModerationAudit;
import org.thirdspace.community.moderation.ModeratorAction;
import org.thirdspace.community.space.SpacePolicy;

import java.time.Instant;
import java.util.UUID;

/** Facilitators pin threads to the top of the space; moderators (and facilitators) lock and unlock them. */
@ApplicationScoped
public class ModerateThread {

    private ThreadAccess threads;
    private ModerationAudit audit;

    protected ModerateThread() {
    }

    @Inject
    public ModerateThread(ThreadAccess threads, ModerationAudit audit) {
        this.threads = threads;
        this.audit = audit;
    }

    @Transactional
    public void pin(Actor actor, UUID threadId, boolean pin, Instant now) {
        ThreadAccess.InThread in = threads.thread(actor, threadId, now);
        if (!SpacePolicy.mayFacilitate(in.membership())) {
            throw new AccessDenied("only facilitators pin threads");
        }
        in.thread().pin(pin, now);
    }

    @Transactional
    public void lock(Actor actor, UUID threadId, boolean lock, Instant now) {
        ThreadAccess.InThread in = threads.thread(actor, threadId, now);
        if (!SpacePolicy.mayModerate(in.membership())) {
            throw new AccessDenied("only moderators and facilitators lock threads");
        }
        in.thread().lock(lock, now);
        audit.record(actor, in.space().id(), lock ? ModeratorAction.LOCK_THREAD
                : ModeratorAction.UNLOCK_THREAD, threadId, null, now);
    }
}
