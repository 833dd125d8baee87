package org.thirdspace.application.lms;

import java.util.UUID;

/** The tool's accounts at the organisations' LMSs: each organisation is one platform registration. */
public interface PlatformAccounts {

    /**
     * The account to call an organisation's LMS with, when the tool may call it now; otherwise
     * {@link PlatformUnavailable} saying why (the registration is gone, or not active).
     */
    PlatformAccount of(UUID organisationId) throws PlatformUnavailable;
}
