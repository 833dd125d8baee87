package org.thirdspace.application.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.community.discussion.Audience;
import org.thirdspace.community.discussion.AudienceChange;
import org.thirdspace.community.discussion.AudienceChanges;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.Posts;
import org.thirdspace.community.peergroup.PeerGroups;
import org.thirdspace.community.space.Membership;
import org.thirdspace.community.space.Spaces;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Its author takes back a widening: the thread is shown to fewer people again, and its history
 * says so. Back from the organisation to the space, always; back from the space to the peer group
 * it was widened from, as long as only that group (and the space's moderators) wrote in it — the
 * others who replied meanwhile did so for the space, and would lose their own words.
 */
@ApplicationScoped
public class NarrowAudience {

    private ThreadAccess threads;
    private Posts posts;
    private AudienceChanges audienceChanges;
    private PeerGroups peerGroups;
    private Spaces spaces;

    protected NarrowAudience() {
    }

    @Inject
    public NarrowAudience(ThreadAccess threads, Posts posts, AudienceChanges audienceChanges, PeerGroups peerGroups, Spaces spaces) {
        this.threads = threads;
        this.posts = posts;
        this.audienceChanges = audienceChanges;
        this.peerGroups = peerGroups;
        this.spaces = spaces;
    }

    @Transactional
    public void narrow(Actor actor, UUID threadId, String audience, Instant now) {
        ThreadAccess.InThread in = threads.thread(actor, threadId, now);
        DiscussionThread thread = in.thread();
        if (!thread.authorId().equals(actor.personId())) {
            throw new AccessDenied("only the thread's author narrows its audience");
        }
        Audience narrower = StartThread.audience(audience);
        if (!thread.audience().isWiderThan(narrower)) {
            throw new InvalidRequest("audience", "the thread is not shown wider than " + narrower);
        }
        UUID group = null;
        if (narrower == Audience.PEER_GROUP) {
            group = groupItCameFrom(thread).orElseThrow(() ->
                    new Conflict("this thread was not widened from a peer group of this space, so it has no group to go back to"));
            Set<UUID> mayHaveWritten = new HashSet<>(peerGroups.members(group));
            mayHaveWritten.add(thread.authorId());
            List<Post> written = posts.posts(threadId, ShowThread.MAX_POSTS);
            Set<UUID> writers = new HashSet<>();
            written.stream().filter(p -> !p.isDeleted() && !mayHaveWritten.contains(p.authorId())).forEach(p -> writers.add(p.authorId()));
            Map<UUID, Membership> memberships = spaces.memberships(thread.spaceId(), writers);
            writers.removeIf(w -> memberships.containsKey(w) && memberships.get(w).moderates());
            if (!writers.isEmpty()) {
                throw new Conflict("members outside the peer group wrote in this thread since it was shared with the space;"
                        + " it stays visible to the space");
            }
        }
        audienceChanges.add(new AudienceChange(threadId, thread.audience(), narrower, group, null, actor.personId(), now));
        thread.narrow(narrower, group, now);
        for (Post post : posts.posts(threadId, ShowThread.MAX_POSTS)) {
            post.followAudience(thread);
        }
    }

    /** The group of the latest widening from a peer group, when it is still a group of the thread's space. */
    private Optional<UUID> groupItCameFrom(DiscussionThread thread) {
        List<AudienceChange> changes = audienceChanges.of(thread.id());
        for (int i = changes.size() - 1; i >= 0; i--) {
            AudienceChange change = changes.get(i);
            if (change.from() == Audience.PEER_GROUP && change.peerGroupId() != null) {
                UUID group = change.peerGroupId();
                return peerGroups.find(group).filter(g -> g.spaceId().equals(thread.spaceId())).map(g -> group);
            }
        }
        return Optional.empty();
    }
}
