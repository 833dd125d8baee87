package org.thirdspace.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.community.discussion.Audience;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Threads;
import org.thirdspace.community.discussion.Viewer;
import org.thirdspace.community.peergroup.PeerGroups;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;
import org.thirdspace.community.space.Membership;
import org.thirdspace.community.space.Spaces;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Of some people, those who may read a thread (and a post in it) right now, by the same rule as
 * everywhere else ({@link Viewer#reads}): in a few queries whatever their number, for telling many
 * people about one post at once.
 */
@ApplicationScoped
public class ThreadReaders {

    private Spaces spaces;
    private PeerGroups peerGroups;
    private People people;
    private Threads threads;

    protected ThreadReaders() {
    }

    @Inject
    public ThreadReaders(Spaces spaces, PeerGroups peerGroups, People people, Threads threads) {
        this.spaces = spaces;
        this.peerGroups = peerGroups;
        this.people = people;
        this.threads = threads;
    }

    public Set<UUID> mayRead(DiscussionThread thread, Post post, Collection<UUID> candidates, Instant now) {
        return readers(thread, post, candidates, false, now);
    }

    /** Of some people, those who moderate the thread's space and so may read the thread and the post. */
    public Set<UUID> mayModerate(DiscussionThread thread, Post post, Collection<UUID> candidates, Instant now) {
        return readers(thread, post, candidates, true, now);
    }

    private Set<UUID> readers(DiscussionThread thread, Post post, Collection<UUID> candidates, boolean moderatorsOnly, Instant now) {
        Set<UUID> readers = new HashSet<>();
        if (candidates.isEmpty()) {
            return readers;
        }
        List<UUID> distinct = candidates.stream().distinct().toList();
        Map<UUID, Person> inOrganisation = people.byIds(thread.organisationId(), distinct);
        Map<UUID, Membership> memberships = spaces.memberships(thread.spaceId(), inOrganisation.keySet());
        Set<UUID> group = thread.audience() == Audience.PEER_GROUP && thread.peerGroupId() != null
                ? Set.copyOf(peerGroups.members(thread.peerGroupId())) : Set.of();
        boolean openingHidden = threads.withHiddenOpening(List.of(thread.id())).contains(thread.id());
        for (Person person : inOrganisation.values()) {
            if (!person.mayUseTheTool()) {
                continue;
            }
            Membership membership = memberships.get(person.id());
            boolean member = membership != null && membership.isMember();
            if (moderatorsOnly && !(member && membership.moderates())) {
                continue;
            }
            Viewer viewer = new Viewer(thread.organisationId(), person.id(), member ? Set.of(thread.spaceId()) : Set.of(),
                    member && membership.moderates() ? Set.of(thread.spaceId()) : Set.of(),
                    group.contains(person.id()) ? Set.of(thread.peerGroupId()) : Set.of());
            if (viewer.reads(thread, post, openingHidden, now)) {
                readers.add(person.id());
            }
        }
        return readers;
    }
}
