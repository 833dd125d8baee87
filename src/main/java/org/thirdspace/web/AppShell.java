package org.thirdspace.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.thirdspace.http.page.PageTemplate;

import java.util.Map;

/**
 * The tool's page without a launch behind it: what a reload after a launch shows. It carries no
 * session; the page finds the token it kept in sessionStorage (or says to open the tool again).
 */
@ApplicationScoped
@Path("app")
public class AppShell {

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        String html = PageTemplate.named("app").render(Map.of("lang", "", "token", "", "bootstrap", "", "loading", "…"));
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
    }
}
