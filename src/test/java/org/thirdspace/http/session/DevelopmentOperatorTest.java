package org.thirdspace.http.session;

import org.junit.jupiter.api.Test;
import org.thirdspace.config.Setting;
import org.thirdspace.config.ToolSettings;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DevelopmentOperatorTest {

    @Test
    void withTheEmulatorOnTheConsoleMayBeOpenedAsTheOperatorWithThisProcesssOwnCredential() {
        DevelopmentOperator operator = new DevelopmentOperator(ToolSettings.of(Map.of(Setting.EMULATOR_ENABLED, "true")));
        String credential = operator.credential().orElseThrow();
        assertThat(credential).hasSizeGreaterThan(40);
        assertThat(SessionTokens.looksLikeSessionToken(credential)).isFalse();
        assertThat(operator.accepts(credential)).isTrue();
        assertThat(operator.accepts(credential + "x")).isFalse();
        assertThat(operator.accepts(null)).isFalse();
        // Another process (a restart, another node) draws another one.
        assertThat(new DevelopmentOperator(ToolSettings.of(Map.of(Setting.EMULATOR_ENABLED, "true"))).accepts(credential)).isFalse();
    }

    @Test
    void withTheEmulatorOffThereIsNoSuchCredentialAndNothingAcceptsOne() {
        ToolSettings production = ToolSettings.of(Map.of());
        DevelopmentOperator operator = new DevelopmentOperator(production);
        assertThat(operator.credential()).isEmpty();
        assertThat(operator.accepts("dev-operator-")).isFalse();
        assertThat(operator.accepts("")).isFalse();
    }
}
