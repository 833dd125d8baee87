package org.thirdspace.lti.services;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.lms.ServiceRefused;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceTokensTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void aTokenIsUsedUntilShortlyBeforeItExpires() throws ServiceRefused {
        AccessToken token = ServiceTokens.read("{\"access_token\": \"abc\", \"token_type\": \"Bearer\", \"expires_in\": 3600}", NOW, "x");
        assertThat(token.value()).isEqualTo("abc");
        assertThat(token.useUntil()).isEqualTo(NOW.plus(Duration.ofSeconds(3540)));
        assertThat(token.usableAt(NOW.plusSeconds(3539))).isTrue();
        assertThat(token.usableAt(NOW.plusSeconds(3541))).isFalse();
        // A short-lived token keeps four fifths of its life.
        assertThat(ServiceTokens.read("{\"access_token\": \"abc\", \"expires_in\": 100}", NOW, "x").useUntil()).isEqualTo(NOW.plusSeconds(80));
        assertThat(ServiceTokens.read("{\"access_token\": \"abc\", \"token_type\": \"bearer\"}", NOW, "x").useUntil())
                .isEqualTo(NOW.plus(ServiceTokens.ASSUMED_LIFETIME).minus(Duration.ofSeconds(60)));
    }

    @Test
    void refusesAnswersThatAreNotUsableBearerTokens() {
        assertThatThrownBy(() -> ServiceTokens.read("{\"token_type\": \"Bearer\"}", NOW, "x")).hasMessageContaining("without an access_token");
        assertThatThrownBy(() -> ServiceTokens.read("{\"access_token\": \"a\", \"token_type\": \"mac\"}", NOW, "x"))
                .hasMessageContaining("not Bearer");
        assertThatThrownBy(() -> ServiceTokens.read("<html>", NOW, "x")).hasMessageContaining("not JSON");
    }

    @Test
    void theCacheKeyIsTheRegistrationAndTheSortedScopes() {
        UUID north = UUID.randomUUID();
        UUID south = UUID.randomUUID();
        assertThat(ServiceTokens.key(north, List.of("b", "a"))).isEqualTo(ServiceTokens.key(north, List.of("a", "b")));
        assertThat(ServiceTokens.key(north, List.of("a"))).isNotEqualTo(ServiceTokens.key(south, List.of("a")));
        assertThat(ServiceTokens.key(north, List.of("a"))).isNotEqualTo(ServiceTokens.key(north, List.of("a", "b")));
    }

    @Test
    void aTokenNeverShowsItsValue() {
        assertThat(new AccessToken("secret-value", NOW).toString()).doesNotContain("secret-value");
    }
}
