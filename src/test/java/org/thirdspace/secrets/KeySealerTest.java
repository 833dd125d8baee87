package org.thirdspace.secrets;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeySealerTest {

    private final KeySealer sealer = new KeySealer("a-secret-of-sufficient-length");

    @Test
    void sealedValuesOpenWithTheSameSecretAndName() {
        String sealed = sealer.seal("private key".getBytes(StandardCharsets.UTF_8), "kid-1");
        assertThat(sealed).startsWith("v1:").doesNotContain("private key");
        assertThat(new String(sealer.open(sealed, "kid-1"), StandardCharsets.UTF_8)).isEqualTo("private key");
    }

    @Test
    void sealingTwiceGivesDifferentCiphertexts() {
        byte[] plain = "same".getBytes(StandardCharsets.UTF_8);
        assertThat(sealer.seal(plain, "n")).isNotEqualTo(sealer.seal(plain, "n"));
    }

    @Test
    void anotherSecretOrAnotherNameOrATamperedValueDoesNotOpen() {
        String sealed = sealer.seal("x".getBytes(StandardCharsets.UTF_8), "kid-1");
        assertThatThrownBy(() -> new KeySealer("another-secret-of-length").open(sealed, "kid-1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sealer.open(sealed, "kid-2")).isInstanceOf(IllegalStateException.class);
        byte[] bytes = java.util.Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length / 2] ^= 1;
        String tampered = "v1:" + java.util.Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> sealer.open(tampered, "kid-1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new KeySealer("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
