package org.thirdspace.persistence;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CustomValuesConverterTest {

    private final CustomValuesConverter converter = new CustomValuesConverter();

    @Test
    void theSameValuesAlwaysGiveTheSameTextAndComeBack() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("zeta", "1");
        values.put("alpha", "quote \" and ü");
        String text = converter.convertToDatabaseColumn(values);
        assertThat(text).isEqualTo("{\"alpha\":\"quote \\\" and ü\",\"zeta\":\"1\"}");
        assertThat(converter.convertToEntityAttribute(text)).isEqualTo(values);
        assertThat(converter.convertToDatabaseColumn(Map.of())).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void valuesThatDoNotFitAreLeftOut() {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            values.put("k" + i, "v".repeat(900));
        }
        String text = converter.convertToDatabaseColumn(values);
        assertThat(text.length()).isLessThanOrEqualTo(CustomValuesConverter.MAX_LENGTH);
        assertThat(converter.convertToEntityAttribute(text)).hasSize(4).containsKeys("k0", "k1", "k2", "k3");
    }
}
