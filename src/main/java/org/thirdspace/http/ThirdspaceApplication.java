package org.thirdspace.http;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * One JAX-RS application at the context root: LTI endpoints must sit at fixed, registered URLs
 * (including {@code /.well-known/jwks.json}), the learner UI and the REST API beside them.
 */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Thirdspace", version = "1",
        description = "Learner, facilitator and admin REST API of Thirdspace."))
public class ThirdspaceApplication extends Application {
}
