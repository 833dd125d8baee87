package org.thirdspace.http;

import java.util.Set;
import java.util.UUID;

/**
 * The origins (besides the tool's own) that may show the tool's pages in a frame: those of the
 * platforms registered with the tool. Provided by the LTI layer, which knows the registrations.
 */
public interface FramingOrigins {

    /** The current origins of every active registration; a provider that cannot read them now returns the last ones it knew. */
    Set<String> origins();

    /** The frame origins of one registration (the organisation a response is for); none when it is unknown or not active. */
    Set<String> of(UUID registrationId);
}
