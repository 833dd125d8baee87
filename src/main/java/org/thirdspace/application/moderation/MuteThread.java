package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.discussion.ThreadAccess;
import org.thirdspace.community.moderation.PersonalControls;

import java.time.Instant;
import java.util.UUID;

/** A reader mutes a thread they can see: no notification comes from it any more (mentions included). */
@ApplicationScoped
public class MuteThread {

    private ThreadAccess threads;
    private PersonalControls controls;

    protected MuteThread() {
    }

    @Inject
    public MuteThread(ThreadAccess threads, PersonalControls controls) {
        this.threads = threads;
        this.controls = controls;
    }

    @Transactional
    public void mute(Actor actor, UUID threadId, boolean mute, Instant now) {
        threads.thread(actor, threadId, now);
        if (mute) {
            controls.mute(actor.personId(), threadId, now);
        } else {
            controls.unmute(actor.personId(), threadId);
        }
    }
}
