package org.thirdspace.lti;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.thirdspace.http.Problem;
import org.thirdspace.lti.jwks.KeyRotationRefused;
import org.thirdspace.lti.platform.InvalidRegistration;

/**
 * The LTI context's typed failures of its admin use cases (registrations, key rotation) as HTTP
 * problems, the same way {@code http.ApplicationExceptionMappers} maps the application's.
 */
public final class LtiExceptionMappers {

    private LtiExceptionMappers() {
    }

    @Provider
    public static class InvalidRegistrationMapper implements ExceptionMapper<InvalidRegistration> {
        @Override
        public Response toResponse(InvalidRegistration e) {
            return Problem.response(400, "invalid-registration", "Invalid registration", e.getMessage(), e.field());
        }
    }

    @Provider
    public static class KeyRotationRefusedMapper implements ExceptionMapper<KeyRotationRefused> {
        @Override
        public Response toResponse(KeyRotationRefused e) {
            return Problem.response(409, "key-rotation-refused", "Key rotation step refused", e.getMessage());
        }
    }
}
