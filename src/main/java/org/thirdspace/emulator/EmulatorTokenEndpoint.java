package org.thirdspace.emulator;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.Map;

/** The emulated LMS's OAuth 2 token endpoint (client credentials with a JWT client assertion). */
@ApplicationScoped
@Path("emulator/token")
@Tag(name = "LMS emulator (development)")
public class EmulatorTokenEndpoint {

    @Inject
    EmulatorServiceTokens tokens;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Token endpoint of the emulated LMS (RFC 7523 client assertion)")
    public Response token(@FormParam("grant_type") String grantType, @FormParam("client_assertion_type") String assertionType,
                          @FormParam("client_assertion") String assertion, @FormParam("scope") String scope) {
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            EmulatorServiceTokens.Issued issued = tokens.issue(grantType, assertionType, assertion, scope);
            body.put("access_token", issued.token());
            body.put("token_type", "Bearer");
            body.put("expires_in", issued.expiresIn());
            body.put("scope", String.join(" ", issued.scopes()));
            return Response.ok(JSONObjectUtils.toJSONString(body)).header("Cache-Control", "no-store").build();
        } catch (EmulatorServiceTokens.Refusal refusal) {
            body.put("error", refusal.error);
            body.put("error_description", refusal.getMessage());
            return Response.status(refusal.status).entity(JSONObjectUtils.toJSONString(body)).type(MediaType.APPLICATION_JSON_TYPE)
                    .header("Cache-Control", "no-store").build();
        }
    }
}
