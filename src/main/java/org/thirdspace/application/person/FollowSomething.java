package org.thirdspace.application.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.discussion.ThreadAccess;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.discussion.Feeds;
import org.thirdspace.community.notification.FollowTarget;
import org.thirdspace.community.notification.Notifications;
import org.thirdspace.community.tag.TagName;
import org.thirdspace.community.tag.Tags;

import java.time.Instant;
import java.util.UUID;

/**
 * Following a thread (told of replies) or a tag (told of new threads with it; only a tag the person
 * sees on some thread), and stopping.
 */
@ApplicationScoped
public class FollowSomething {

    private Notifications notifications;
    private ThreadAccess threads;
    private Tags tags;
    private SpaceAccess access;
    private Feeds feeds;

    protected FollowSomething() {
    }

    @Inject
    public FollowSomething(Notifications notifications, ThreadAccess threads, Tags tags, SpaceAccess access, Feeds feeds) {
        this.notifications = notifications;
        this.threads = threads;
        this.tags = tags;
        this.access = access;
        this.feeds = feeds;
    }

    @Transactional
    public void thread(Actor actor, UUID threadId, boolean follow, Instant now) {
        threads.thread(actor, threadId, now);
        if (follow) {
            notifications.follow(actor.personId(), FollowTarget.THREAD, threadId, now);
        } else {
            notifications.unfollow(actor.personId(), FollowTarget.THREAD, threadId);
        }
    }

    @Transactional
    public void tag(Actor actor, String name, boolean follow, Instant now) {
        TagName tagName = TagName.of(name).orElseThrow(() -> new InvalidRequest("tag", "not a tag"));
        UUID tagId = tags.find(actor.organisationId(), tagName).orElseThrow(() -> new NotFound("no such tag")).id();
        if (follow && !feeds.seesTag(tagId, access.viewer(actor), now)) {
            // Only a tag the person sees somewhere: a tag of threads hidden from them does not exist for them.
            throw new NotFound("no such tag");
        }
        if (follow) {
            notifications.follow(actor.personId(), FollowTarget.TAG, tagId, now);
        } else {
            notifications.unfollow(actor.personId(), FollowTarget.TAG, tagId);
        }
    }
}
