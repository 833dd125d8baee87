package org.thirdspace.config;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The run command's settings as defaults, not as overrides. {@code mvn -Prun} starts Payara Micro
 * with {@code -Drun-default.thirdspace.emulator.enabled=true} and the like; this source shows them
 * without the prefix at ordinal 250 — below environment variables (300) and system properties (400),
 * above the packaged file (100) — so that {@code THIRDSPACE_EMULATOR_ENABLED=false mvn -Prun} is
 * honoured as the README's table says. Plain {@code -Dthirdspace.…} properties would win over every
 * environment variable (MicroProfile Config 3.1 §4.1 default ordinals).
 */
public class RunCommandDefaults implements ConfigSource {

    static final String PREFIX = "run-default.";
    static final int ORDINAL = 250;

    @Override
    public Set<String> getPropertyNames() {
        return System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith(PREFIX))
                .map(name -> name.substring(PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String getValue(String propertyName) {
        return System.getProperty(PREFIX + propertyName);
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    @Override
    public String getName() {
        return "run command defaults (" + PREFIX + "*)";
    }
}
