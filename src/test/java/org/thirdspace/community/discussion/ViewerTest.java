package org.thirdspace.community.discussion;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ViewerTest {

    static final UUID ORG = UUID.randomUUID();
    static final UUID SPACE = UUID.randomUUID();
    static final UUID GROUP = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    static DiscussionThread thread(Audience audience, UUID group, Instant publishAt) {
        return new DiscussionThread(SPACE, ORG, UUID.randomUUID(), "t", audience, group, false, publishAt, NOW);
    }

    static Viewer viewer(Set<UUID> spaces, Set<UUID> moderated, Set<UUID> groups) {
        return new Viewer(ORG, UUID.randomUUID(), spaces, moderated, groups);
    }

    @Test
    void spaceThreadsAreForMembersAndOrganisationThreadsForEveryoneInTheOrganisation() {
        assertThat(viewer(Set.of(SPACE), Set.of(), Set.of()).sees(thread(Audience.SPACE, null, NOW), NOW)).isTrue();
        assertThat(viewer(Set.of(), Set.of(), Set.of()).sees(thread(Audience.SPACE, null, NOW), NOW)).isFalse();
        assertThat(viewer(Set.of(), Set.of(), Set.of()).sees(thread(Audience.ORGANISATION, null, NOW), NOW)).isTrue();
        assertThat(new Viewer(UUID.randomUUID(), UUID.randomUUID(), Set.of(SPACE), Set.of(), Set.of())
                .sees(thread(Audience.ORGANISATION, null, NOW), NOW)).as("another organisation").isFalse();
    }

    @Test
    void peerGroupThreadsAreForTheGroupAndTheSpaceModerators() {
        DiscussionThread thread = thread(Audience.PEER_GROUP, GROUP, NOW);
        assertThat(viewer(Set.of(SPACE), Set.of(), Set.of(GROUP)).sees(thread, NOW)).isTrue();
        assertThat(viewer(Set.of(SPACE), Set.of(), Set.of()).sees(thread, NOW)).isFalse();
        assertThat(viewer(Set.of(SPACE), Set.of(SPACE), Set.of()).sees(thread, NOW)).isTrue();
    }

    @Test
    void scheduledTopicsAreForModeratorsUntilTheyAppear() {
        DiscussionThread later = thread(Audience.SPACE, null, NOW.plusSeconds(3600));
        assertThat(viewer(Set.of(SPACE), Set.of(), Set.of()).sees(later, NOW)).isFalse();
        assertThat(viewer(Set.of(SPACE), Set.of(SPACE), Set.of()).sees(later, NOW)).isTrue();
        assertThat(viewer(Set.of(SPACE), Set.of(), Set.of()).sees(later, NOW.plusSeconds(3601))).isTrue();
    }

    @Test
    void othersRepliesSeenFromOutsideNeedTheirConsent() {
        DiscussionThread thread = thread(Audience.ORGANISATION, null, NOW);
        Post reply = new Post(thread, UUID.randomUUID(), null, null, false, new Post.Body("b", "<p>b</p>", "b"), NOW);
        Viewer outsider = viewer(Set.of(), Set.of(), Set.of());
        assertThat(outsider.sees(reply, thread)).isFalse();
        reply.shareWider(thread);
        assertThat(reply.isOrganisationWide()).isTrue();
        assertThat(outsider.sees(reply, thread)).isTrue();
        assertThat(viewer(Set.of(SPACE), Set.of(), Set.of()).sees(new Post(thread, UUID.randomUUID(), null, null, false,
                new Post.Body("b", "<p>b</p>", "b"), NOW), thread)).isTrue();
    }
}
