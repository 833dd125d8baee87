package org.thirdspace.lti.nrps;

import org.junit.jupiter.api.Test;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.person.PersonProfile;
import org.thirdspace.community.roster.RosterServices;
import org.thirdspace.lti.launch.LtiLaunch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class LaunchedRosterServicesTest {

    private static LtiLaunch launch(LtiLaunch.Context context, LtiLaunch.Link link, LtiLaunch.Services services) {
        return new LtiLaunch(UUID.randomUUID(), "https://lms.example.com", "client", "dep", "LtiResourceLinkRequest", "sub",
                PersonProfile.EMPTY, RoleSet.NONE, List.of(), context, link, "https://tool/lti/launch", null, Map.of(), services,
                null, null, Instant.now());
    }

    private static final LtiLaunch.Context COURSE = new LtiLaunch.Context("c1", "C1", "Course", List.of());
    private static final LtiLaunch.Link LINK = new LtiLaunch.Link("link-1", "Community", null);

    @Test
    void takesTheRosterTheLinkAndTheGroupsServices() {
        RosterServices services = LaunchedRosterServices.servicesOf(launch(COURSE, LINK, new LtiLaunch.Services(
                "https://lms/nrps", List.of("2.0"), null, null, List.of(), "https://lms/groups", "https://lms/sets")));
        assertThat(services).isEqualTo(new RosterServices("https://lms/nrps", "link-1", "https://lms/groups", "https://lms/sets"));
    }

    @Test
    void acceptsAnNrpsClaimWithoutVersionsButNotOneWithoutVersion2() {
        assertThat(LaunchedRosterServices.servicesOf(launch(COURSE, LINK, new LtiLaunch.Services(
                "https://lms/nrps", List.of(), null, null, List.of(), null, null)))).isNotNull();
        assertThat(LaunchedRosterServices.servicesOf(launch(COURSE, LINK, new LtiLaunch.Services(
                "https://lms/nrps", List.of("1.0"), null, null, List.of(), null, null)))).isNull();
    }

    @Test
    void offersNothingWithoutACourseOrARosterService() {
        LtiLaunch.Services withRoster = new LtiLaunch.Services("https://lms/nrps", List.of("2.0"), null, null, List.of(), null, null);
        assertThat(LaunchedRosterServices.servicesOf(launch(null, LINK, withRoster))).isNull();
        assertThat(LaunchedRosterServices.servicesOf(launch(COURSE, LINK, new LtiLaunch.Services(
                null, List.of(), null, null, List.of(), "https://lms/groups", null)))).isNull();
    }

    @Test
    void aDeepLinkingLaunchHasNoLinkToAskAbout() {
        RosterServices services = LaunchedRosterServices.servicesOf(launch(COURSE, null, new LtiLaunch.Services(
                "https://lms/nrps", List.of("2.0"), null, null, List.of(), null, null)));
        assertThat(services.resourceLinkKey()).isNull();
    }
}
