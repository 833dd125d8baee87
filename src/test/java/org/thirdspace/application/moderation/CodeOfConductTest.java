package org.thirdspace.application.moderation;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.space.Space;
import org.thirdspace.fixture.Community;

import java.util.EnumSet;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;

/** WriteConduct and ShowConduct: the built-in code, the organisation's default, a space's own. */
class CodeOfConductTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());
    final Actor facilitator = community.join(space, aMember().facilitator());
    final Actor ada = community.join(space, aMember());
    final Actor admin = community.person(aMember().launchedAs(new RoleSet(EnumSet.noneOf(CourseRole.class), true, false)));

    @Test
    void theBuiltInCodeHoldsUntilTheOrganisationThenTheSpaceWriteTheirOwn() {
        assertThat(community.showConduct().show(ada, space.id(), Locale.ENGLISH).scope()).isEqualTo("BUILT_IN");
        assertThat(community.writeConduct().forOrganisation(admin, new WriteConduct.Request("Be kind."), NOW)).isEqualTo(1);
        ShowConduct.ConductView organisation = community.showConduct().show(ada, space.id(), Locale.ENGLISH);
        assertThat(organisation.scope()).isEqualTo("ORGANISATION");
        assertThat(organisation.accepted()).isFalse();
        assertThat(community.writeConduct().forSpace(facilitator, space.id(), new WriteConduct.Request("Be *very* kind."), NOW))
                .isEqualTo(1);
        ShowConduct.ConductView own = community.showConduct().show(facilitator, space.id(), Locale.ENGLISH);
        assertThat(own.scope()).isEqualTo("SPACE");
        assertThat(own.html()).contains("<em>very</em>");
        assertThat(own.mayEdit()).isTrue();
        assertThat(community.showConduct().show(ada, space.id(), Locale.ENGLISH).mayEdit()).isFalse();
    }

    @Test
    void onlyFacilitatorsWriteASpacesCodeAndOnlyAdminsTheOrganisations() {
        assertThatThrownBy(() -> community.writeConduct().forSpace(ada, space.id(), new WriteConduct.Request("Mine"), NOW))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> community.writeConduct().forOrganisation(facilitator, new WriteConduct.Request("Mine"), NOW))
                .isInstanceOf(AccessDenied.class);
        assertThat(community.showConduct().show(ada, space.id(), Locale.ENGLISH).scope()).isEqualTo("BUILT_IN");
        assertThat(community.moderationLog.all()).isEmpty();
    }

    @Test
    void aCodeHasABody() {
        assertThatThrownBy(() -> community.writeConduct().forSpace(facilitator, space.id(), new WriteConduct.Request(" "), NOW))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("body"));
    }
}
