package org.thirdspace.lti.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumerKeySignTest {

    /**
     * The example of the 1EdTech LTI Migration Guide (lti1p1 claim): key 179248902, secret
     * my-lti11-secret, deployment 689302, iss https://lmsvendor.com, client_id PM48OJSfGDTAzAo,
     * exp 1551290856, nonce 172we8671fd8z.
     */
    @Test
    void signsTheMigrationGuidesExampleAsTheGuideSays() {
        assertThat(ConsumerKeySign.compute("my-lti11-secret", "179248902", "689302", "https://lmsvendor.com", "PM48OJSfGDTAzAo",
                1551290856L, "172we8671fd8z")).isEqualTo("lWd54kFo5qU7xshAna6v8BwoBm6tmUjc6GTax6+12ps=");
    }

    @Test
    void anyOtherValueOrSecretDoesNotMatch() {
        String sign = "lWd54kFo5qU7xshAna6v8BwoBm6tmUjc6GTax6+12ps=";
        assertThat(ConsumerKeySign.matches(sign, "my-lti11-secret", "179248902", "689302", "https://lmsvendor.com",
                "PM48OJSfGDTAzAo", 1551290856L, "172we8671fd8z")).isTrue();
        assertThat(ConsumerKeySign.matches(sign, "other-secret", "179248902", "689302", "https://lmsvendor.com",
                "PM48OJSfGDTAzAo", 1551290856L, "172we8671fd8z")).isFalse();
        assertThat(ConsumerKeySign.matches(sign, "my-lti11-secret", "179248902", "689302", "https://lmsvendor.com",
                "PM48OJSfGDTAzAo", 1551290857L, "172we8671fd8z")).isFalse();
        assertThat(ConsumerKeySign.matches(sign, "my-lti11-secret", "179248902", "other-deployment", "https://lmsvendor.com",
                "PM48OJSfGDTAzAo", 1551290856L, "172we8671fd8z")).isFalse();
        assertThat(ConsumerKeySign.matches(null, "my-lti11-secret", "179248902", "689302", "https://lmsvendor.com",
                "PM48OJSfGDTAzAo", 1551290856L, "172we8671fd8z")).isFalse();
    }
}
