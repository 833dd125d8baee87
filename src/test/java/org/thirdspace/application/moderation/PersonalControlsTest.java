package org.thirdspace.application.moderation;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.space.Space;
import org.thirdspace.fixture.Community;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.OTHER_ORG;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;
import static org.thirdspace.fixture.TestData.aThread;

/** MuteThread and BlockMember: a person's own controls, told to nobody. */
class PersonalControlsTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());
    final Actor ada = community.join(space, aMember());
    final Actor grace = community.join(space, aMember().named("Grace"));

    @Test
    void aMemberMutesAThreadTheySeeAndUnmutesIt() {
        DiscussionThread thread = community.thread(space, grace, aThread());
        community.muteThread().mute(ada, thread.id(), true, NOW);
        assertThat(community.controls.muted(thread.id(), List.of(ada.personId()))).containsExactly(ada.personId());
        community.muteThread().mute(ada, thread.id(), false, NOW);
        assertThat(community.controls.muted(thread.id(), List.of(ada.personId()))).isEmpty();
        assertThatThrownBy(() -> community.muteThread().mute(ada, UUID.randomUUID(), true, NOW)).isInstanceOf(NotFound.class);
    }

    @Test
    void aPersonBlocksSomeoneOfTheirOrganisationButNotThemselves() {
        community.blockMember().block(ada, grace.personId(), true, NOW);
        assertThat(community.blockMember().blocked(ada)).containsExactly(grace.personId());
        assertThatThrownBy(() -> community.blockMember().block(ada, ada.personId(), true, NOW)).isInstanceOf(InvalidRequest.class);
        Actor stranger = community.person(aMember().inOrganisation(OTHER_ORG));
        assertThatThrownBy(() -> community.blockMember().block(ada, stranger.personId(), true, NOW)).isInstanceOf(NotFound.class);
        community.blockMember().block(ada, grace.personId(), false, NOW);
        assertThat(community.blockMember().blocked(ada)).isEmpty();
    }
}
