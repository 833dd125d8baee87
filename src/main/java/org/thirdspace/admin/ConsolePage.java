package org.thirdspace.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.thirdspace.http.page.PageTemplate;

import java.util.Map;

/**
 * The console's own address, for the operator (no LMS launch behind them): the same page as the
 * app, which asks for the operator's credential in a form and keeps it in the tab's
 * sessionStorage; it is sent as a header and never appears in a URL. Organisation administrators
 * reach the console from a launch ({@code #/admin}) instead.
 */
@ApplicationScoped
@Path("console")
public class ConsolePage {

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        String html = PageTemplate.named("app").render(Map.of("lang", "", "token", "", "bootstrap", "", "loading", "…"));
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer").build();
    }
}
