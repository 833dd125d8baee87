package org.thirdspace.lti.platform;

import org.junit.jupiter.api.Test;
import org.thirdspace.lti.http.OutboundAddressPolicy;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformEndpointsPolicyTest {

    private final PlatformEndpointsPolicy policy = new PlatformEndpointsPolicy(new OutboundAddressPolicy(Set.of()));

    static PlatformEndpoints endpoints(String jwks, Set<String> hosts, Set<String> frames) {
        return new PlatformEndpoints("Acme", "https://lms.acme.test/auth", "https://lms.acme.test/token", null, jwks, hosts, frames);
    }

    @Test
    void aCompleteRegistrationPasses() {
        assertThatCode(() -> policy.check("https://lms.acme.test", "c1",
                endpoints("https://lms.acme.test/jwks", Set.of("tool.example.com", "tool.example.com:8443"),
                        Set.of("https://*.instructure.com")))).doesNotThrowAnyException();
    }

    @Test
    void missingOrMalformedFieldsAreNamed() {
        assertThatThrownBy(() -> policy.check(null, "c1", endpoints("https://lms.acme.test/jwks", Set.of("t.test"), Set.of())))
                .hasMessageContaining("issuer");
        assertThatThrownBy(() -> policy.check("https://lms.acme.test", "", endpoints("https://lms.acme.test/jwks", Set.of("t.test"), Set.of())))
                .hasMessageContaining("clientId");
        assertThatThrownBy(() -> policy.check("https://lms.acme.test", "c1", endpoints("not a url", Set.of("t.test"), Set.of())))
                .hasMessageContaining("jwksUri");
        assertThatThrownBy(() -> policy.check("https://lms.acme.test", "c1", endpoints("https://lms.acme.test/jwks", Set.of(), Set.of())))
                .hasMessageContaining("targetLinkHosts");
        assertThatThrownBy(() -> policy.check("https://lms.acme.test", "c1",
                endpoints("https://lms.acme.test/jwks", Set.of("evil host/path"), Set.of()))).hasMessageContaining("targetLinkHosts");
        assertThatThrownBy(() -> policy.check("https://lms.acme.test", "c1",
                endpoints("https://lms.acme.test/jwks", Set.of("t.test"), Set.of("*")))).hasMessageContaining("frameOrigins");
    }

    @Test
    void theRefusalNamesItsFieldForAFormToShowItThere() {
        assertThatThrownBy(() -> policy.check("https://lms.acme.test", "c1", endpoints("not a url", Set.of("t.test"), Set.of())))
                .isInstanceOfSatisfying(InvalidRegistration.class, e -> assertThat(e.field()).isEqualTo("jwksUri"));
        assertThatThrownBy(() -> policy.check("https://lms.acme.test", "c1", endpoints("https://lms.acme.test/jwks", Set.of(), Set.of())))
                .isInstanceOfSatisfying(InvalidRegistration.class, e -> assertThat(e.field()).isEqualTo("targetLinkHosts"));
        assertThatThrownBy(() -> policy.check(null, "c1", endpoints("https://lms.acme.test/jwks", Set.of("t.test"), Set.of())))
                .isInstanceOfSatisfying(InvalidRegistration.class, e -> assertThat(e.field()).isEqualTo("issuer"));
    }

    @Test
    void wildcardsWiderThanOneRegistrableDomainAreRefused() {
        for (String wide : Set.of("https://*.com", "https://*.co.uk", "https://*.github.io", "https://*.com:443", "https://*.org",
                "https://*.blogspot.com", "https://*.localhost")) {
            assertThatThrownBy(() -> policy.check("https://lms.acme.test", "c1",
                    endpoints("https://lms.acme.test/jwks", Set.of("t.test"), Set.of(wide))))
                    .as(wide).hasMessageContaining("frameOrigins").hasMessageContaining("wider than one registrable domain");
        }
        for (String narrow : Set.of("https://*.instructure.com", "https://*.school.co.uk", "https://*.acme.github.io",
                "https://*.moodle.acme.org:8443", "https://lms.example.com", "http://localhost:8080")) {
            assertThatCode(() -> policy.check("https://lms.acme.test", "c1",
                    endpoints("https://lms.acme.test/jwks", Set.of("t.test"), Set.of(narrow)))).as(narrow).doesNotThrowAnyException();
        }
    }

    @Test
    void aStoredWildcardOverAPublicSuffixFramesNothing() {
        PlatformRegistration stored = new PlatformRegistration("https://lms.acme.test", "c1",
                endpoints("https://lms.acme.test/jwks", Set.of("t.test"), Set.of("https://*.com", "https://*.acme.test.example.com")),
                RegistrationOrigin.API, RegistrationStatus.ACTIVE, java.time.Instant.now());
        org.assertj.core.api.Assertions.assertThat(stored.frameOrigins()).containsExactly("https://*.acme.test.example.com");
        PlatformRegistration onlyWide = new PlatformRegistration("https://lms.acme.test", "c1",
                endpoints("https://lms.acme.test/jwks", Set.of("t.test"), Set.of("https://*.co.uk")),
                RegistrationOrigin.API, RegistrationStatus.ACTIVE, java.time.Instant.now());
        org.assertj.core.api.Assertions.assertThat(onlyWide.frameOrigins()).as("the platform's own origins instead")
                .containsExactly("https://lms.acme.test");
    }

    @Test
    void fetchedUrlsOnPrivateAddressesAreRefused() {
        assertThatThrownBy(() -> policy.check("https://lms.acme.test", "c1",
                endpoints("https://169.254.169.254/jwks", Set.of("t.test"), Set.of()))).hasMessageContaining("jwksUri");
    }
}
