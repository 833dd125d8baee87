package org.thirdspace.application.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.FeedCursor;
import org.thirdspace.community.discussion.Feeds;
import org.thirdspace.community.discussion.Viewer;
import org.thirdspace.community.peergroup.PeerGroups;
import org.thirdspace.community.space.SpacePolicy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The feed of a space (see {@link FeedView}); the first page also carries pinned, starters and scheduled. */
@ApplicationScoped
public class ShowFeed {

    public static final int PAGE = 20;

    private SpaceAccess access;
    private Feeds feeds;
    private ThreadSummaries summaries;
    private PeerGroups peerGroups;

    protected ShowFeed() {
    }

    @Inject
    public ShowFeed(SpaceAccess access, Feeds feeds, ThreadSummaries summaries, PeerGroups peerGroups) {
        this.access = access;
        this.feeds = feeds;
        this.summaries = summaries;
        this.peerGroups = peerGroups;
    }

    @Transactional
    public FeedView show(Actor actor, UUID spaceId, String cursor, Instant now) {
        SpaceAccess.InSpace in = access.member(actor, spaceId);
        FeedCursor after;
        try {
            after = FeedCursor.decode(cursor).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("cursor", "the cursor is not one this feed gave out");
        }
        boolean moderates = SpacePolicy.mayModerate(in.membership());
        Viewer viewer = new Viewer(actor.organisationId(), actor.personId(), Set.of(spaceId), moderates ? Set.of(spaceId) : Set.of(),
                Set.copyOf(peerGroups.groupsOf(actor.personId())));
        List<DiscussionThread> latest = feeds.latest(spaceId, viewer, now, after, PAGE);
        String next = latest.size() < PAGE ? null
                : new FeedCursor(latest.get(latest.size() - 1).publishAt(), latest.get(latest.size() - 1).id()).encode();
        UUID org = actor.organisationId();
        UUID me = actor.personId();
        if (after != null) {
            return new FeedView(List.of(), List.of(), summaries.of(org, me, latest), next, List.of());
        }
        List<DiscussionThread> pinned = feeds.pinned(spaceId, viewer, now);
        List<DiscussionThread> starters = feeds.starters(spaceId, viewer, now, 5);
        List<DiscussionThread> scheduled = SpacePolicy.mayFacilitate(in.membership()) ? feeds.scheduled(spaceId, now) : List.of();
        // One round of look-ups (authors, tags, read markers) for all four lists.
        List<DiscussionThread> all = new ArrayList<>(pinned);
        all.addAll(starters);
        all.addAll(latest);
        all.addAll(scheduled);
        List<ThreadSummary> summarised = summaries.of(org, me, all);
        int a = pinned.size();
        int b = a + starters.size();
        int c = b + latest.size();
        return new FeedView(summarised.subList(0, a), summarised.subList(a, b), summarised.subList(b, c), next,
                summarised.subList(c, summarised.size()));
    }
}
