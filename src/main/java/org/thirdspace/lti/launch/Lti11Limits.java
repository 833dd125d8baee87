package org.thirdspace.lti.launch;

import org.thirdspace.community.person.Person;

/** Sizes of LTI 1.1 identifiers the tool keeps. */
public final class Lti11Limits {

    /**
     * The longest LTI 1.1 {@code user_id} kept: it must fit {@code person.subject} (255) behind
     * {@link Person#LTI11_SUBJECT_PREFIX} while the person is known by LTI 1.1 alone.
     */
    public static final int MAX_USER_ID = 255 - Person.LTI11_SUBJECT_PREFIX.length();

    private Lti11Limits() {
    }
}
