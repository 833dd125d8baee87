package org.thirdspace.community.person;

import java.util.UUID;

/**
 * The name of someone whose LMS shares no name and who chose none: "Member" and four characters
 * from their id, so that people can still tell who answered whom. Stable (the same person keeps
 * it) and readable aloud: Crockford's base 32, without I, L, O and U.
 */
public final class Pseudonym {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private Pseudonym() {
    }

    public static String of(UUID personId) {
        // The low bits of a time-ordered UUID are its random part.
        long bits = personId.getLeastSignificantBits();
        StringBuilder tag = new StringBuilder("Member ");
        for (int i = 0; i < 4; i++) {
            tag.append(ALPHABET.charAt((int) (bits & 31)));
            bits >>>= 5;
        }
        return tag.toString();
    }
}
