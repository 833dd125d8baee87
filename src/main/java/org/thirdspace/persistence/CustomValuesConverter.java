package org.thirdspace.persistence;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stores a string-to-string map (LTI custom values) as a JSON object in a {@code varchar(4000)}
 * column. Entries are written in key order, so the same map always gives the same text; entries
 * that would not fit are left out rather than failing the write.
 */
@Converter
public class CustomValuesConverter implements AttributeConverter<Map<String, String>, String> {

    static final int MAX_LENGTH = 4000;
    /** Looked up once: {@code Json.createObjectBuilder()} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public String convertToDatabaseColumn(Map<String, String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        Map<String, String> sorted = new TreeMap<>(values);
        String whole = json(sorted);
        if (whole.length() <= MAX_LENGTH) {
            return whole;
        }
        // Too long: keep the leading entries that fit.
        Map<String, String> kept = new TreeMap<>();
        String written = "{}";
        for (Map.Entry<String, String> entry : sorted.entrySet()) {
            kept.put(entry.getKey(), entry.getValue());
            String text = json(kept);
            if (text.length() > MAX_LENGTH) {
                break;
            }
            written = text;
        }
        return written;
    }

    private static String json(Map<String, String> values) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        values.forEach(object::add);
        return object.build().toString();
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return null;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(column))) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> entry : reader.readObject().entrySet()) {
                if (entry.getValue() instanceof JsonString text) {
                    values.put(entry.getKey(), text.getString());
                }
            }
            return Map.copyOf(values);
        }
    }
}
