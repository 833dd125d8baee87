package org.thirdspace.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.lti.LtiRejection;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LaunchMessageReaderTest {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

    static JWTClaimsSet.Builder valid() {
        return new JWTClaimsSet.Builder().issuer("https://lms.test").subject("s-1").audience("c")
                .expirationTime(new Date(System.currentTimeMillis() + 60_000))
                .claim(LTI + "message_type", "LtiResourceLinkRequest").claim(LTI + "version", "1.3.0")
                .claim(LTI + "deployment_id", "d").claim(LTI + "target_link_uri", "https://tool.test/lti/launch")
                .claim(LTI + "roles", List.of("Learner")).claim(LTI + "resource_link", Map.of("id", "rl"))
                .claim(LTI + "context", Map.of("id", "ctx", "title", "Course"))
                .claim(LTI + "custom", Map.of("space", "abc", "number", 42))
                .claim(LTI + "launch_presentation", Map.of("locale", "fr-FR", "document_target", "iframe"))
                .claim("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
                        Map.of("context_memberships_url", "https://lms.test/nrps", "service_versions", List.of("2.0")));
    }

    @Test
    void readsTheClaimsIntoPlainValues() {
        LtiLaunch launch = LaunchMessageReader.read(valid().build(), UUID.randomUUID(), "c");
        assertThat(launch.roles().courseRoles()).containsExactly(CourseRole.LEARNER);
        assertThat(launch.context().title()).isEqualTo("Course");
        assertThat(launch.resourceLink().id()).isEqualTo("rl");
        assertThat(launch.custom()).containsEntry("space", "abc").containsEntry("number", "42");
        assertThat(launch.presentation().locale()).isEqualTo("fr-FR");
        assertThat(launch.services().membershipsUrl()).isEqualTo("https://lms.test/nrps");
        assertThat(launch.isDeepLinking()).isFalse();
    }

    @Test
    void anEmptyRolesArrayIsAllowed() {
        assertThat(LaunchMessageReader.read(valid().claim(LTI + "roles", List.of()).build(), UUID.randomUUID(), "c")
                .roles().courseRoles()).isEmpty();
    }

    @Test
    void requiredClaimsMustBeThere() {
        assertRefused(valid().claim(LTI + "roles", null), 400);
        assertRefused(valid().claim(LTI + "roles", "Learner"), 400);
        assertRefused(valid().claim(LTI + "deployment_id", "x".repeat(256)), 400);
        assertRefused(valid().claim(LTI + "target_link_uri", null), 400);
        assertRefused(valid().subject(null), 400);
        assertRefused(valid().claim(LTI + "context", Map.of("title", "no id")), 400);
    }

    @Test
    void deepLinkingNeedsItsSettings() {
        JWTClaimsSet.Builder request = valid().claim(LTI + "message_type", "LtiDeepLinkingRequest").claim(LTI + "resource_link", null);
        assertRefused(request, 400);
        LtiLaunch launch = LaunchMessageReader.read(request.claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
                Map.of("deep_link_return_url", "https://lms.test/dl", "accept_types", List.of("ltiResourceLink"),
                        "accept_presentation_document_targets", List.of("iframe"), "data", "opaque", "accept_multiple", true))
                .build(), UUID.randomUUID(), "c");
        assertThat(launch.isDeepLinking()).isTrue();
        assertThat(launch.deepLinking().data()).isEqualTo("opaque");
        assertThat(launch.deepLinking().acceptMultiple()).isTrue();
    }

    @Test
    void aDeepLinkingRequestMayLeaveTargetLinkUriOutButAResourceLinkLaunchMayNot() {
        JWTClaimsSet.Builder request = valid().claim(LTI + "message_type", "LtiDeepLinkingRequest").claim(LTI + "resource_link", null)
                .claim(LTI + "target_link_uri", null)
                .claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
                        Map.of("deep_link_return_url", "https://lms.test/dl", "accept_types", List.of("ltiResourceLink"),
                                "accept_presentation_document_targets", List.of("iframe")));
        assertThat(LaunchMessageReader.read(request.build(), UUID.randomUUID(), "c").isDeepLinking()).isTrue();
        assertRefused(valid().claim(LTI + "target_link_uri", ""), 400);
    }

    private static void assertRefused(JWTClaimsSet.Builder claims, int status) {
        assertThatThrownBy(() -> LaunchMessageReader.read(claims.build(), UUID.randomUUID(), "c"))
                .isInstanceOfSatisfying(LtiRejection.class, e -> assertThat(e.status()).isEqualTo(status));
    }
}
