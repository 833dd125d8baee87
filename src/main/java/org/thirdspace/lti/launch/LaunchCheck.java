package org.thirdspace.lti.launch;

import org.thirdspace.lti.oidc.OidcLogin;

/** What {@link LaunchVerification} concluded about an id_token POST. */
public sealed interface LaunchCheck {

    /**
     * Every check passed; the login is consumed. {@code lti11UserId} is the person's LTI 1.1
     * {@code user_id} when the launch's migration claim verified ({@link MigrationClaim}), else null.
     */
    record Verified(LtiLaunch launch, String lti11UserId) implements LaunchCheck {
    }

    /**
     * The browser sent no login cookie, but the login put its binding into LTI Platform Storage:
     * a page must fetch it from the platform frame and post the launch again with it.
     */
    record NeedsPlatformStorage(OidcLogin login, String platformOrigin) implements LaunchCheck {
    }
}
