package org.thirdspace.application.moderation;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.community.moderation.Conduct;
import org.thirdspace.community.moderation.ConductVersion;
import org.thirdspace.community.space.Space;
import org.thirdspace.fixture.Community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.ORG;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;

class AcceptConductTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());
    final Actor ada = community.join(space, aMember().withoutAcceptedConduct());

    @Test
    void aMemberAcceptsTheCurrentCodeAndMayWriteThen() {
        Conduct current = community.currentConduct().of(ORG, space.id());
        assertThat(community.currentConduct().accepted(ORG, space.id(), ada.personId())).isFalse();
        community.acceptConduct().accept(ada, space.id(), new AcceptConduct.Request(current.scopeId(), current.version()), NOW);
        assertThat(community.currentConduct().accepted(ORG, space.id(), ada.personId())).isTrue();
    }

    @Test
    void acceptingAnOlderVersionIsAConflictAndANewVersionAsksAgain() {
        Conduct builtIn = community.currentConduct().of(ORG, space.id());
        community.acceptConduct().accept(ada, space.id(), new AcceptConduct.Request(builtIn.scopeId(), builtIn.version()), NOW);
        community.conducts.add(new ConductVersion(ORG, space.id(), 1, "Our own rules", ada.personId(), NOW.plusSeconds(60)));
        assertThat(community.currentConduct().accepted(ORG, space.id(), ada.personId())).isFalse();
        assertThatThrownBy(() -> community.acceptConduct().accept(ada, space.id(),
                new AcceptConduct.Request(builtIn.scopeId(), builtIn.version()), NOW.plusSeconds(120))).isInstanceOf(Conflict.class);
    }

    @Test
    void theVersionMustBeNamedAndOnlyMembersAccept() {
        assertThatThrownBy(() -> community.acceptConduct().accept(ada, space.id(), new AcceptConduct.Request(null, null), NOW))
                .isInstanceOf(InvalidRequest.class);
        Actor outsider = community.person(aMember());
        Conduct current = community.currentConduct().of(ORG, space.id());
        assertThatThrownBy(() -> community.acceptConduct().accept(outsider, space.id(),
                new AcceptConduct.Request(current.scopeId(), current.version()), NOW)).isInstanceOf(AccessDenied.class);
    }
}
