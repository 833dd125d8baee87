package org.thirdspace.application.courselink;

import org.junit.jupiter.api.Test;
import org.thirdspace.secrets.ToolSecrets;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CommunityLinkKeysTest {

    static CommunityLinkKeys keys(byte fill) {
        return new CommunityLinkKeys(new ToolSecrets() {
            @Override
            public byte[] secret(String name) {
                return new byte[] {fill, fill, fill, fill, fill, fill, fill, fill};
            }
        });
    }

    @Test
    void aKeyMatchesOnlyItsSpaceInItsOrganisationUnderThisToolsSecret() {
        UUID organisation = UUID.randomUUID();
        UUID space = UUID.randomUUID();
        CommunityLinkKeys keys = keys((byte) 1);
        String key = keys.keyFor(organisation, space);
        assertThat(key).hasSize(22).matches("[A-Za-z0-9_-]+");
        assertThat(keys.matches(organisation, space, key)).isTrue();
        assertThat(keys.matches(organisation, space, " " + key + " ")).as("copied with spaces").isTrue();
        assertThat(keys.matches(organisation, UUID.randomUUID(), key)).isFalse();
        assertThat(keys.matches(UUID.randomUUID(), space, key)).isFalse();
        assertThat(keys((byte) 2).matches(organisation, space, key)).as("another installation's secret").isFalse();
    }

    @Test
    void missingOrMalformedKeysNeverMatch() {
        CommunityLinkKeys keys = keys((byte) 1);
        UUID organisation = UUID.randomUUID();
        UUID space = UUID.randomUUID();
        for (String key : new String[] {null, "", "   ", "not base64 !", "AAAA", keys.keyFor(organisation, space) + "AA"}) {
            assertThat(keys.matches(organisation, space, key)).as(String.valueOf(key)).isFalse();
        }
    }
}
