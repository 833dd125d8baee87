package org.thirdspace.http;

import java.util.Set;

/**
 * The origins (besides the tool's own) that may show the tool's pages in a frame: those of the
 * platforms registered with the tool. Provided by the LTI layer, which knows the registrations.
 */
public interface FramingOrigins {

    /** The current origins; a provider that cannot read them now returns the last ones it knew. */
    Set<String> origins();
}
