package org.thirdspace.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.thirdspace.application.peergroup.SheetRefused;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refused attribute sheet as problem details (RFC 9457) with an {@code errors} extension member:
 * every bad row's line and reason, so that the whole sheet can be fixed in one go.
 */
@Provider
public class SheetRefusedMapper implements ExceptionMapper<SheetRefused> {

    @Override
    public Response toResponse(SheetRefused e) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://thirdspace.org/problems/sheet-refused");
        problem.put("title", "Sheet refused");
        problem.put("status", 400);
        problem.put("detail", e.getMessage());
        List<Map<String, Object>> errors = e.errors().stream()
                .map(r -> Map.<String, Object>of("line", r.line(), "reason", r.reason())).toList();
        problem.put("errors", errors);
        return Response.status(400).type(Problem.MEDIA_TYPE).header("Cache-Control", "no-store").entity(problem).build();
    }
}
