package org.thirdspace.lti.jwks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The tool's public keys (1EdTech Security Framework §6.3), at the conventional well-known path and
 * at the path given in the tool's LTI configuration. Only published keys appear: next, active and
 * retiring, each with {@code kid}, {@code alg} and {@code use}.
 */
@ApplicationScoped
@Path("")
public class JwksResource {

    /** Platforms may cache the set this long; the rotation's minimum publish time is much longer. */
    private static final int MAX_AGE_SECONDS = 300;

    @Inject
    ToolKeyRing keys;

    @GET
    @Path(".well-known/jwks.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The tool's public signing keys (JWKS)")
    public Response wellKnown() {
        return jwks();
    }

    @GET
    @Path("lti/jwks")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The tool's public signing keys (JWKS), as registered with platforms")
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        return Response.ok(keys.publishedKeys().toString(true)).cacheControl(cache).build();
    }
}
