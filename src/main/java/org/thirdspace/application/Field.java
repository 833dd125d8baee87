package org.thirdspace.application;

import org.thirdspace.community.shared.DisplayText;

/**
 * The rules of a text field people fill in (titles, names, reasons, notes): required or not, how
 * long it may be, and no bidirectional controls (see {@link DisplayText}).
 */
public final class Field {

    private Field() {
    }

    public static String required(String name, String value, int max) {
        String given = optional(name, value, max);
        if (given == null) {
            throw new InvalidRequest(name, name + " is required");
        }
        return given;
    }

    /** Trimmed, null when blank; refused when longer than {@code max} characters. */
    public static String optional(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = DisplayText.withoutBidiControls(value).strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.length() > max) {
            throw new InvalidRequest(name, name + " is longer than " + max + " characters (" + trimmed.length() + ")");
        }
        return trimmed;
    }
}
