package org.thirdspace.admin;

import com.nimbusds.jose.JWSObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.database.DatabaseState;

import java.security.CodeSource;

/**
 * What this node runs: schema version, and which copy of the security libraries is loaded.
 * Payara ships an older Nimbus JOSE JWT; the application must use its own (see glassfish-web.xml).
 */
@ApplicationScoped
@Path("api/admin/runtime")
@Tag(name = "Admin: operations")
@Produces(MediaType.APPLICATION_JSON)
public class RuntimeResource {

    @Inject
    AdminAccess access;

    @Inject
    DatabaseState database;

    public record Library(String version, String source) {
    }

    public record Runtime(String schemaVersion, String java, Library nimbusJoseJwt) {
    }

    @GET
    @Operation(summary = "Versions and library sources of this node (operator only)")
    public Runtime runtime() {
        access.require().requireOperator();
        CodeSource source = JWSObject.class.getProtectionDomain().getCodeSource();
        return new Runtime(database.schemaVersion(), System.getProperty("java.version"),
                new Library(JWSObject.class.getPackage().getImplementationVersion(),
                        source == null ? "unknown" : source.getLocation().toString()));
    }
}
