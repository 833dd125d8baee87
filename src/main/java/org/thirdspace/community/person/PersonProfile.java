package org.thirdspace.community.person;

import org.thirdspace.community.shared.DisplayText;

/**
 * What a platform tells about a person (OIDC standard claims). Any field may be missing: platforms
 * and privacy settings differ.
 */
public record PersonProfile(String displayName, String givenName, String familyName, String email,
                            String pictureUrl, String locale) {

    /** Names are shown to others: without bidirectional controls ({@link DisplayText}), whatever the platform sent. */
    public PersonProfile {
        displayName = DisplayText.withoutBidiControls(displayName);
        givenName = DisplayText.withoutBidiControls(givenName);
        familyName = DisplayText.withoutBidiControls(familyName);
    }

    public static final PersonProfile EMPTY = new PersonProfile(null, null, null, null, null, null);

    /** Whether the platform shared any name (full, given or family). */
    public boolean hasName() {
        return displayName != null && !displayName.isBlank()
                || givenName != null && !givenName.isBlank() || familyName != null && !familyName.isBlank();
    }

    /** A name to show: the full name, else given and family names, else a neutral placeholder. */
    public String nameToShow() {
        if (displayName != null && !displayName.isBlank()) {
            return displayName;
        }
        String joined = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).trim();
        return joined.isEmpty() ? "Member" : joined;
    }
}
