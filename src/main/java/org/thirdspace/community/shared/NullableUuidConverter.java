package org.thirdspace.community.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.UUID;

/**
 * For {@code uuid} columns that may be null. EclipseLink 4.0's own UUID conversion fails on a null
 * value when reading; this converter hands the driver's value through unconverted (both the
 * PostgreSQL and the H2 driver bind and return {@link UUID}) and turns null into null.
 */
@Converter
public class NullableUuidConverter implements AttributeConverter<UUID, Object> {

    @Override
    public Object convertToDatabaseColumn(UUID value) {
        return value;
    }

    @Override
    public UUID convertToEntityAttribute(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof UUID uuid ? uuid : UUID.fromString(value.toString());
    }
}
