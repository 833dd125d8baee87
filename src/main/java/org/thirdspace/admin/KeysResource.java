package org.thirdspace.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.lti.jwks.ToolKey;
import org.thirdspace.lti.jwks.ToolKeyRing;
import org.thirdspace.lti.registration.RotateToolKey;

import java.time.Instant;
import java.util.List;

/** The tool's signing keys and their rotation (operator only). */
@ApplicationScoped
@Path("api/admin/keys")
@Tag(name = "Admin: keys")
@Produces(MediaType.APPLICATION_JSON)
public class KeysResource {

    @Inject
    AdminAccess access;

    @Inject
    ToolKeyRing keys;

    @Inject
    RotateToolKey rotation;

    public record KeyView(String kid, String status, Instant createdAt, Instant activatedAt, Instant retiredAt) {
        static KeyView of(ToolKey key) {
            return new KeyView(key.kid(), key.status().name().toLowerCase(), key.createdAt(), key.activatedAt(), key.retiredAt());
        }
    }

    @GET
    @Operation(summary = "All keys with their status")
    public List<KeyView> list() {
        access.require().requireOperator();
        return keys.keys().stream().map(KeyView::of).toList();
    }

    @POST
    @Path("next")
    @Operation(summary = "Publish a next key (it does not sign yet)")
    public KeyView prepareNext() {
        return KeyView.of(rotation.prepareNext(access.require()));
    }

    @POST
    @Path("activate-next")
    @Operation(summary = "Let the next key sign, once it has been published long enough")
    public KeyView activateNext() {
        return KeyView.of(rotation.activateNext(access.require()));
    }

    @POST
    @Path("{kid}/retire")
    @Operation(summary = "Remove a key that no longer signs from the published set")
    public KeyView retire(@PathParam("kid") String kid) {
        return KeyView.of(rotation.retire(access.require(), kid));
    }
}
