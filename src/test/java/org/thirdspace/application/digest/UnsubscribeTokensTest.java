package org.thirdspace.application.digest;

import org.junit.jupiter.api.Test;
import org.thirdspace.secrets.ToolSecrets;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class UnsubscribeTokensTest {

    static UnsubscribeTokens tokens(byte fill) {
        return new UnsubscribeTokens(new ToolSecrets() {
            @Override
            public byte[] secret(String name) {
                assertThat(name).as("a key of its own").isEqualTo(UnsubscribeTokens.SECRET);
                byte[] key = new byte[32];
                java.util.Arrays.fill(key, fill);
                return key;
            }
        });
    }

    @Test
    void aTokenNamesItsPersonAndNothingElseIsAccepted() {
        UnsubscribeTokens tokens = tokens((byte) 7);
        UUID ada = UUID.randomUUID();
        UUID grace = UUID.randomUUID();
        String token = tokens.issue(ada);
        assertThat(tokens.personOf(token)).contains(ada);
        String signature = token.substring(token.indexOf('.') + 1);
        assertThat(tokens.personOf(grace + "." + signature)).as("another person's id with Ada's signature").isEmpty();
        assertThat(tokens.personOf(ada + "." + signature.substring(1) + "A")).as("a changed signature").isEmpty();
        assertThat(tokens.personOf(ada.toString())).isEmpty();
        assertThat(tokens.personOf(ada + ".")).isEmpty();
        assertThat(tokens.personOf("not-a-uuid." + signature)).isEmpty();
        assertThat(tokens.personOf(ada.toString().toUpperCase() + "." + signature)).as("one spelling only").isEmpty();
        assertThat(tokens.personOf(null)).isEmpty();
        assertThat(tokens.personOf("x".repeat(5000))).isEmpty();
        assertThat(tokens((byte) 8).personOf(token)).as("signed with another installation's key").isEmpty();
    }
}
