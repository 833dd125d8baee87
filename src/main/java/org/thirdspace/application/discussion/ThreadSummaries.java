package org.thirdspace.application.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.ReadMarkers;
import org.thirdspace.community.discussion.Threads;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;
import org.thirdspace.community.space.Membership;
import org.thirdspace.community.space.Spaces;
import org.thirdspace.community.tag.Tags;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns threads into summaries with their authors' names, tags and the reader's unread marker,
 * in a fixed number of queries whatever the number of threads.
 */
@ApplicationScoped
public class ThreadSummaries {

    private People people;
    private Tags tags;
    private ReadMarkers readMarkers;
    private Threads threads;
    private Spaces spaces;

    protected ThreadSummaries() {
    }

    @Inject
    public ThreadSummaries(People people, Tags tags, ReadMarkers readMarkers, Threads threads, Spaces spaces) {
        this.people = people;
        this.tags = tags;
        this.readMarkers = readMarkers;
        this.threads = threads;
        this.spaces = spaces;
    }

    public List<ThreadSummary> of(UUID organisationId, UUID readerId, Collection<DiscussionThread> threads) {
        List<UUID> ids = threads.stream().map(DiscussionThread::id).toList();
        Map<UUID, Person> authors = people.byIds(organisationId, threads.stream().map(DiscussionThread::authorId).distinct().toList());
        Map<UUID, List<Tags.Label>> tagged = tags.labelsOf(ids);
        Map<UUID, Instant> read = readMarkers.lastRead(readerId, ids);
        Set<UUID> hidden = this.threads.withHiddenOpening(ids);
        // Whose spaces the reader moderates is only looked up when a hidden thread is in the list.
        Set<UUID> moderated = hidden.isEmpty() ? Set.of() : spaces.memberships(organisationId, readerId).stream()
                .filter(Membership::moderates).map(Membership::spaceId).collect(Collectors.toSet());
        return threads.stream().map(t -> {
            Person author = authors.get(t.authorId());
            Instant lastRead = read.get(t.id());
            boolean isHidden = hidden.contains(t.id());
            boolean titleShown = !isHidden || t.authorId().equals(readerId) || moderated.contains(t.spaceId());
            // A hidden thread names neither its title nor its author to others.
            return new ThreadSummary(t.id(), t.spaceId(), titleShown ? t.title() : null, titleShown ? t.authorId() : null,
                    !titleShown ? null : author == null ? "" : author.nameToShow(),
                    !titleShown || author == null ? null : author.profile().pictureUrl(),
                    t.audience().name(), t.isPinned(), t.isSeeded(), t.isLocked(), t.publishAt(), t.lastActivityAt(), t.replyCount(),
                    tagged.getOrDefault(t.id(), List.of()).stream().map(g -> new ThreadSummary.TagView(g.name(), g.label())).toList(),
                    !t.authorId().equals(readerId) && (lastRead == null || lastRead.isBefore(t.lastActivityAt())), isHidden);
        }).toList();
    }
}
