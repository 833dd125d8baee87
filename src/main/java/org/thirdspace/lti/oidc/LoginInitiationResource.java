package org.thirdspace.lti.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.http.FramingRegistration;
import org.thirdspace.http.page.PageTemplate;

import java.util.Map;

/**
 * The tool's OIDC login initiation URL ({@code initiate_login_uri}), GET and POST (LTI Core 1.3
 * §5.1.1). With {@code lti_storage_target} the state is also put into LTI Platform Storage by a small
 * page before the browser goes on to the platform.
 */
@ApplicationScoped
@Path("lti/login")
public class LoginInitiationResource {

    @Inject
    LoginInitiation initiation;

    @Inject
    ToolSettings settings;

    @Inject
    FramingRegistration framing;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "OIDC third-party login initiation (LTI 1.3)")
    public Response get(@Context UriInfo uri) {
        return start(uri.getQueryParameters());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "OIDC third-party login initiation (LTI 1.3)")
    public Response post(MultivaluedMap<String, String> form) {
        return start(form);
    }

    private Response start(MultivaluedMap<String, String> parameters) {
        LoginStarted login = initiation.start(LoginRequest.from(parameters));
        String cookie = BrowserBinding.setCookie(login.state(), login.bindingValue(), settings.stateTtl());
        if (login.storageTarget() == null) {
            return Response.seeOther(login.authenticationRequest())
                    .header("Set-Cookie", cookie)
                    .header("Cache-Control", "no-store")
                    .build();
        }
        framing.serve(login.registrationId());
        String page = PageTemplate.named("platform-storage-login").render(Map.of(
                "target", login.storageTarget(),
                "origin", login.platformOrigin(),
                "stateKey", "state_" + login.state(),
                "stateValue", login.bindingValue(),
                "nonceKey", "nonce_" + login.nonce(),
                "nonceValue", login.nonce(),
                "redirect", login.authenticationRequest().toString()));
        return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Set-Cookie", cookie)
                .header("Cache-Control", "no-store")
                .build();
    }
}
