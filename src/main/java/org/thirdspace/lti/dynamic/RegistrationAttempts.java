package org.thirdspace.lti.dynamic;

import java.time.Instant;
import java.util.UUID;

/**
 * Dynamic Registration attempts of the whole installation, where every node of a cluster counts the
 * same ones ({@link RegistrationThrottle}). Each method is a transaction of its own: an attempt counts
 * for the others as soon as it is recorded, whatever becomes of the registration.
 */
public interface RegistrationAttempts {

    /** Records an attempt and forgets those made before {@code forgetBefore} (they count for nothing any more). */
    void record(UUID id, Instant at, Instant forgetBefore);

    /** The attempts after {@code since}: how many, and the oldest of them. */
    Recent since(Instant since);

    /** An attempt that was refused does not count. */
    void forget(UUID id);

    record Recent(long count, Instant oldest) {
    }
}
