package org.thirdspace.application.discussion;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.community.space.Space;
import org.thirdspace.content.MarkdownRenderer;
import org.thirdspace.fixture.Community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.ORG;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;

/** What someone writes, rendered: the preview and every post go through it. */
class PostBodiesTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());

    @Test
    void onlyMembersOfTheSpaceCanBeMentioned() {
        Actor grace = community.join(space, aMember().named("Grace"));
        Actor outsider = community.person(aMember().named("Olu"));
        PostBodies.Written written = community.postBodies().render(ORG, space.id(),
                "Thanks [@Grace](mention:" + grace.personId() + ") and [@Olu](mention:" + outsider.personId() + ")");
        assertThat(written.mentions()).containsExactly(grace.personId());
    }

    @Test
    void anEmptyOrOverlongBodyIsRefused() {
        assertThatThrownBy(() -> community.postBodies().render(ORG, space.id(), " "))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("body"));
        assertThatThrownBy(() -> community.postBodies().render(ORG, space.id(), "x".repeat(MarkdownRenderer.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.getMessage()).contains("longer than"));
    }
}
