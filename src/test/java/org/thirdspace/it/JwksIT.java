package org.thirdspace.it;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The tool's published keys and their rotation (1EdTech Security Framework §6). */
@ExtendWith(ToolServer.class)
class JwksIT {

    static JWKSet published(ToolClient tool) throws Exception {
        ToolClient.Reply reply = tool.get("/.well-known/jwks.json");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).contains("max-age");
        return JWKSet.parse(reply.body());
    }

    @Test
    void publishedKeysAreRsa2048PublicSigningKeysWithKidAndAlg(ToolClient tool) throws Exception {
        JWKSet keys = published(tool);
        assertThat(keys.getKeys()).isNotEmpty().allSatisfy(key -> {
            assertThat(key.getKeyID()).isNotBlank();
            assertThat(key.getAlgorithm().getName()).isEqualTo("RS256");
            assertThat(key.getKeyUse().identifier()).isEqualTo("sig");
            assertThat(key.isPrivate()).isFalse();
            assertThat(key.toRSAKey().size()).isGreaterThanOrEqualTo(2048);
        });
        assertThat(tool.get("/lti/jwks").body()).isEqualTo(tool.get("/.well-known/jwks.json").body());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRotationPublishesTheNextKeyBeforeItSignsAndRetiresTheOldOneLater(ToolClient tool) throws Exception {
        String active = activeKid(tool);
        ToolClient.Reply next = tool.admin("POST", "/api/admin/keys/next", null);
        assertThat(next.status()).as(next.toString()).isEqualTo(200);
        String nextKid = (String) next.json().get("kid");
        assertThat(next.json().get("status")).isEqualTo("next");
        assertThat(published(tool).getKeys()).extracting(JWK::getKeyID).contains(active, nextKid);

        // Too early: the next key has not been published for the minimum time (2 s in tests).
        ToolClient.Reply early = tool.admin("POST", "/api/admin/keys/activate-next", null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(activeKid(tool)).isEqualTo(active);

        Thread.sleep(2_100);
        ToolClient.Reply activated = tool.admin("POST", "/api/admin/keys/activate-next", null);
        assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
        assertThat(activeKid(tool)).isEqualTo(nextKid);
        assertThat(published(tool).getKeys()).extracting(JWK::getKeyID).contains(active, nextKid);

        ToolClient.Reply retired = tool.admin("POST", "/api/admin/keys/" + active + "/retire", null);
        assertThat(retired.status()).isEqualTo(200);
        assertThat(published(tool).getKeys()).extracting(JWK::getKeyID).doesNotContain(active).contains(nextKid);
        assertThat(tool.admin("POST", "/api/admin/keys/" + nextKid + "/retire", null).status())
                .as("the signing key cannot be retired").isEqualTo(409);

        List<Object> audit = tool.admin("GET", "/api/admin/audit", null).jsonArray();
        assertThat(audit).extracting(a -> (Object) ((Map<String, Object>) a).get("action"))
                .contains("key.prepare-next", "key.activate", "key.retire");
    }

    @SuppressWarnings("unchecked")
    static String activeKid(ToolClient tool) {
        return tool.admin("GET", "/api/admin/keys", null).jsonArray().stream()
                .map(k -> (Map<String, Object>) k).filter(k -> "active".equals(k.get("status")))
                .map(k -> (String) k.get("kid")).findFirst().orElseThrow();
    }
}
