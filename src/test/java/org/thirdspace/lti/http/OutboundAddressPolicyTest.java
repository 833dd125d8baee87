package org.thirdspace.lti.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboundAddressPolicyTest {

    private final OutboundAddressPolicy strict = new OutboundAddressPolicy(Set.of());

    @ParameterizedTest
    @ValueSource(strings = {
            "https://169.254.169.254/latest/meta-data/",
            "https://127.0.0.1/jwks", "https://localhost/jwks", "https://[::1]/jwks",
            "https://10.1.2.3/jwks", "https://172.16.0.1/jwks", "https://192.168.0.10/jwks",
            "https://100.64.0.1/jwks", "https://0.0.0.0/jwks", "https://[fd00::1]/jwks",
            "https://[::ffff:10.0.0.1]/jwks", "https://224.0.0.1/jwks"})
    void privateLoopbackAndMetadataAddressesAreRefused(String url) {
        assertThatThrownBy(() -> strict.check(URI.create(url))).isInstanceOf(OutboundRefused.class)
                .hasMessageContaining("private or local");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://lms.example.com/jwks", "ftp://lms.example.com/jwks", "file:///etc/passwd"})
    void onlyHttpsIsAccepted(String url) {
        assertThatThrownBy(() -> strict.checkForRegistration(URI.create(url))).isInstanceOf(OutboundRefused.class);
    }

    @Test
    void credentialsInUrlsAreRefused() {
        assertThatThrownBy(() -> strict.checkForRegistration(URI.create("https://user:pw@lms.example.com/jwks")))
                .isInstanceOf(OutboundRefused.class);
    }

    @Test
    void aPublicAddressIsAccepted() {
        assertThatCode(() -> strict.check(URI.create("https://93.184.215.14/jwks"))).doesNotThrowAnyException();
    }

    @Test
    void anUnresolvableHostMayBeRegisteredButNotFetched() {
        URI url = URI.create("https://does-not-resolve.invalid/jwks");
        assertThatCode(() -> strict.checkForRegistration(url)).doesNotThrowAnyException();
        assertThatThrownBy(() -> strict.check(url)).isInstanceOf(OutboundRefused.class).hasMessageContaining("unknown host");
    }

    @Test
    void developmentHostsMayBePrivateAndPlainHttp() {
        OutboundAddressPolicy development = new OutboundAddressPolicy(Set.of("localhost"));
        assertThatCode(() -> development.check(URI.create("http://localhost:8080/emulator/jwks"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> development.check(URI.create("http://127.0.0.1:8080/jwks"))).isInstanceOf(OutboundRefused.class);
    }
}
