package org.thirdspace.lti.launch;

import org.thirdspace.lti.oidc.OidcLogin;

/** What {@link LaunchVerification} concluded about an id_token POST. */
public sealed interface LaunchCheck {

    /** Every check passed; the login is consumed. */
    record Verified(LtiLaunch launch) implements LaunchCheck {
    }

    /**
     * The browser sent no login cookie, but the login put its binding into LTI Platform Storage:
     * a page must fetch it from the platform frame and post the launch again with it.
     */
    record NeedsPlatformStorage(OidcLogin login, String platformOrigin) implements LaunchCheck {
    }
}
