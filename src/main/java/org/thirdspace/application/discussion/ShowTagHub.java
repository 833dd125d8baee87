package org.thirdspace.application.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.discussion.Feeds;
import org.thirdspace.community.discussion.Viewer;
import org.thirdspace.community.notification.FollowTarget;
import org.thirdspace.community.notification.Notifications;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;
import org.thirdspace.community.tag.Tag;
import org.thirdspace.community.tag.TagName;
import org.thirdspace.community.tag.Tags;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One page per tag across the organisation's spaces: the threads with the tag the person may see,
 * and the people who write about it — the de facto community of that tag. No counts per person.
 * A tag the person sees on no thread does not exist for them (no hub, no suggestion).
 */
@ApplicationScoped
public class ShowTagHub {

    private SpaceAccess access;
    private Tags tags;
    private Feeds feeds;
    private ThreadSummaries summaries;
    private People people;
    private Notifications notifications;

    protected ShowTagHub() {
    }

    @Inject
    public ShowTagHub(SpaceAccess access, Tags tags, Feeds feeds, ThreadSummaries summaries, People people,
                      Notifications notifications) {
        this.access = access;
        this.tags = tags;
        this.feeds = feeds;
        this.summaries = summaries;
        this.people = people;
        this.notifications = notifications;
    }

    public record Writer(UUID personId, String name, String picture) {
    }

    public record TagHub(String name, String label, List<ThreadSummary> threads, List<Writer> writers, boolean following) {
    }

    @Transactional
    public TagHub show(Actor actor, String name, Instant now) {
        TagName tagName = TagName.of(name).orElseThrow(() -> new InvalidRequest("tag", "not a tag"));
        Tag tag = tags.find(actor.organisationId(), tagName).orElseThrow(() -> new NotFound("no threads carry this tag yet"));
        Viewer viewer = access.viewer(actor);
        if (!feeds.seesTag(tag.id(), viewer, now)) {
            // A tag only on threads the person may not see does not exist for them.
            throw new NotFound("no threads carry this tag yet");
        }
        List<UUID> writerIds = feeds.writersOf(tag.id(), viewer, now, 30);
        Map<UUID, Person> writers = people.byIds(actor.organisationId(), writerIds);
        return new TagHub(tag.name(), tag.label(),
                summaries.of(actor.organisationId(), actor.personId(), feeds.tagged(tag.id(), viewer, now, 50)),
                writerIds.stream().filter(writers::containsKey).map(id -> new Writer(id, writers.get(id).nameToShow(), writers.get(id).profile().pictureUrl())).toList(),
                notifications.follows(actor.personId(), FollowTarget.TAG, tag.id()));
    }

    /** Tags starting with a prefix, among those the person sees on at least one thread. */
    @Transactional
    public List<ThreadSummary.TagView> suggest(Actor actor, String prefix, Instant now) {
        return feeds.visibleTags(access.viewer(actor), prefix, now, 10).stream()
                .map(t -> new ThreadSummary.TagView(t.name(), t.label())).toList();
    }
}
