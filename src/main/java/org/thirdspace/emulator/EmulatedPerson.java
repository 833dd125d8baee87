package org.thirdspace.emulator;

import java.util.List;

/**
 * A person of the emulated LMS. {@code institutionRoles} are full LIS URIs; some people carry roles
 * in other forms on purpose, so a launch shows the tool normalising every form platforms use.
 */
public record EmulatedPerson(String id, String givenName, String familyName, String email, String locale,
                             List<String> institutionRoles) {

    public String name() {
        return givenName + " " + familyName;
    }
}
