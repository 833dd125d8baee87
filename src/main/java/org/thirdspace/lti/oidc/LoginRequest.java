package org.thirdspace.lti.oidc;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The parameters of an OIDC login initiation (LTI Core 1.3 §5.1.1; LTI OIDC Login with Client Side
 * postMessages for {@code lti_storage_target}). Unknown parameters are ignored. Canvas sends
 * {@code deployment_id} instead of {@code lti_deployment_id}; both are read.
 */
public record LoginRequest(String issuer, String loginHint, String targetLinkUri, String messageHint,
                           String deploymentHint, String clientId, String storageTarget) {

    static final int MAX_HINT = 2048;
    static final int MAX_MESSAGE_HINT = 4096;
    static final int MAX_URI = 2048;

    public static LoginRequest from(MultivaluedMap<String, String> parameters) {
        String deployment = first(parameters, "lti_deployment_id");
        if (deployment == null) {
            deployment = first(parameters, "deployment_id");
        }
        return new LoginRequest(first(parameters, "iss"), first(parameters, "login_hint"),
                first(parameters, "target_link_uri"), first(parameters, "lti_message_hint"), deployment,
                first(parameters, "client_id"), first(parameters, "lti_storage_target"));
    }

    private static String first(MultivaluedMap<String, String> parameters, String name) {
        String value = parameters.getFirst(name);
        return value == null || value.isEmpty() ? null : value;
    }
}
