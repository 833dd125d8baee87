package org.thirdspace.lti.lti11;

import org.junit.jupiter.api.Test;
import org.thirdspace.it.OAuth1Signer;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The IMS library's verification against signatures made independently from RFC 5849. */
class OAuthLaunchSignatureTest {

    static final String URL = "https://tool.example.com/lti11/launch";

    static Map<String, String> launch() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("lti_message_type", "basic-lti-launch-request");
        p.put("lti_version", "LTI-1p0");
        p.put("user_id", "292832126");
        p.put("roles", "Instructor,urn:lti:role:ims/lis/Learner");
        p.put("resource_link_id", "120988f929-274612");
        p.put("lis_person_name_full", "Jane Q. Public & \u00e9l\u00e8ve ~*");
        p.put("custom_community_id", "a b+c");
        return p;
    }

    @Test
    void aLaunchSignedWithTheSecretForThisUrlVerifies() {
        Map<String, String> signed = OAuth1Signer.sign(launch(), "key", "s3cret", URL, System.currentTimeMillis() / 1000, "n-1");
        assertThat(OAuthLaunchSignature.verifies(signed, URL, "s3cret")).isTrue();
        // Scheme and host are case-insensitive; the default port is left out (OAuth 1.0a §9.1.2).
        assertThat(OAuthLaunchSignature.verifies(signed, "HTTPS://Tool.Example.com:443/lti11/launch", "s3cret")).isTrue();
    }

    @Test
    void anotherSecretUrlOrAnyChangedParameterDoesNot() {
        Map<String, String> signed = OAuth1Signer.sign(launch(), "key", "s3cret", URL, System.currentTimeMillis() / 1000, "n-2");
        assertThat(OAuthLaunchSignature.verifies(signed, URL, "other")).isFalse();
        assertThat(OAuthLaunchSignature.verifies(signed, "https://tool.example.com/lti/launch", "s3cret")).isFalse();
        for (String name : launch().keySet()) {
            Map<String, String> tampered = new LinkedHashMap<>(signed);
            tampered.put(name, tampered.get(name) + "x");
            assertThat(OAuthLaunchSignature.verifies(tampered, URL, "s3cret")).as(name).isFalse();
        }
        Map<String, String> added = new LinkedHashMap<>(signed);
        added.put("custom_role", "admin");
        assertThat(OAuthLaunchSignature.verifies(added, URL, "s3cret")).isFalse();
        Map<String, String> unsigned = new LinkedHashMap<>(signed);
        unsigned.remove("oauth_signature");
        assertThat(OAuthLaunchSignature.verifies(unsigned, URL, "s3cret")).isFalse();
    }
}
