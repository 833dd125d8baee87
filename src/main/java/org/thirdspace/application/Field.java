package org.thirdspace.application;

/** The rules of a text field people fill in: required or not, and how long it may be. */
public final class Field {

    private Field() {
    }

    public static String required(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequest(name, name + " is required");
        }
        return optional(name, value, max);
    }

    /** Trimmed, null when blank; refused when longer than {@code max} characters. */
    public static String optional(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidRequest(name, name + " is longer than " + max + " characters (" + trimmed.length() + ")");
        }
        return trimmed;
    }
}
