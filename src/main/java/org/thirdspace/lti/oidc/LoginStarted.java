package org.thirdspace.lti.oidc;

import java.net.URI;
import java.util.UUID;

/** The outcome of a valid login initiation: where to send the browser, what it must hold, and for which registration. */
public record LoginStarted(String state, String nonce, String bindingValue, URI authenticationRequest,
                           String storageTarget, String platformOrigin, UUID registrationId) {
}
