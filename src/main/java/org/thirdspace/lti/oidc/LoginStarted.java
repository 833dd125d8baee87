package org.thirdspace.lti.oidc;

import java.net.URI;

/** The outcome of a valid login initiation: where to send the browser, and what it must hold. */
public record LoginStarted(String state, String nonce, String bindingValue, URI authenticationRequest,
                           String storageTarget, String platformOrigin) {
}
