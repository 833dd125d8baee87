package org.thirdspace.emulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.http.page.PageTemplate;
import org.thirdspace.http.session.DevelopmentOperator;

import java.util.Map;

/**
 * "Open the console as operator" from the emulator's pages: a form posts here and the answer is the
 * console page carrying the development operator's credential in the page itself (as a launch carries
 * its session token), which the page moves into the tab's sessionStorage; it never appears in a URL.
 * A newcomer started by the run command has no bootstrap token to type, yet approving a platform
 * that registered by Dynamic Registration is the operator's. Like every emulator address, this one
 * does not exist unless the emulator is on.
 */
@ApplicationScoped
@Path("emulator/console")
@Tag(name = "LMS emulator (development)")
public class EmulatorOperatorConsole {

    @Inject
    DevelopmentOperator operator;

    @POST
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Open Thirdspace's console as the operator (development only)")
    public Response open() {
        String credential = operator.credential().orElseThrow(NotFoundException::new);
        String html = PageTemplate.named("app").render(Map.of("lang", "", "token", credential, "bootstrap", "", "loading", "…"));
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer").build();
    }
}
