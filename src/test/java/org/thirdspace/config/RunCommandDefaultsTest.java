package org.thirdspace.config;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunCommandDefaultsTest {

    @AfterEach
    void clear() {
        System.clearProperty("run-default.thirdspace.emulator.enabled");
    }

    @Test
    void showsTheRunCommandsPropertiesWithoutThePrefixBelowEnvironmentVariables() {
        System.setProperty("run-default.thirdspace.emulator.enabled", "true");
        RunCommandDefaults defaults = new RunCommandDefaults();
        assertThat(defaults.getPropertyNames()).contains("thirdspace.emulator.enabled");
        assertThat(defaults.getValue("thirdspace.emulator.enabled")).isEqualTo("true");
        assertThat(defaults.getValue("thirdspace.base-url")).isNull();
        // MicroProfile Config: environment variables 300, the packaged file 100.
        assertThat(defaults.getOrdinal()).isLessThan(300).isGreaterThan(100);
    }
}
