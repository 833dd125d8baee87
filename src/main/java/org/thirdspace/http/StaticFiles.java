package org.thirdspace.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The browser's files: the tool's own under {@code static/}, and libraries from WebJars under
 * {@code static/lib/} ({@code META-INF/resources/webjars/}). JAX-RS owns the whole context path
 * (the LTI endpoints need fixed root URLs), so static files are served here rather than by the
 * container's default servlet.
 */
@ApplicationScoped
@Path("static")
public class StaticFiles {

    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=UTF-8",
            "mjs", "text/javascript; charset=UTF-8",
            "css", "text/css; charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "json", "application/json",
            "woff2", "font/woff2");

    @GET
    @Path("{file: .+}")
    public Response file(@PathParam("file") String file) {
        if (file.contains("..") || file.contains("//") || file.startsWith("/")) {
            throw new NotFoundException();
        }
        String resource = file.startsWith("lib/")
                ? "META-INF/resources/webjars/" + file.substring(4)
                : "static/" + file;
        String extension = file.substring(file.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        if (type == null) {
            throw new NotFoundException();
        }
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new NotFoundException();
            }
            CacheControl cache = new CacheControl();
            cache.setMaxAge(300);
            return Response.ok(in.readAllBytes(), type).cacheControl(cache).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
