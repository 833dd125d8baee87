package org.thirdspace.http;

import jakarta.annotation.Priority;
import jakarta.json.bind.JsonbException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.ConductNotAccepted;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.InvalidFields;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.PersonBarred;
import org.thirdspace.application.TooManyRequests;
import org.thirdspace.community.moderation.IllegalTransition;
import org.thirdspace.database.DatabaseFailures;
import org.thirdspace.http.session.NotSignedIn;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Maps the use cases' typed failures to HTTP problems, in one place (the LTI context's own failures
 * are mapped beside them, in {@code lti}).
 */
public final class ApplicationExceptionMappers {

    private ApplicationExceptionMappers() {
    }

    @Provider
    public static class NotSignedInMapper implements ExceptionMapper<NotSignedIn> {
        @Override
        public Response toResponse(NotSignedIn e) {
            return Problem.response(401, "not-signed-in", "Not signed in", e.getMessage());
        }
    }

    @Provider
    public static class AccessDeniedMapper implements ExceptionMapper<AccessDenied> {
        @Override
        public Response toResponse(AccessDenied e) {
            if (e instanceof ConductNotAccepted conduct) {
                return Problem.builder(403, Problem.of(403, e.code(), "Code of conduct not accepted", e.getMessage(),
                        conduct.spaceId().toString())).build();
            }
            return Problem.response(403, e.code(), "suspended".equals(e.code()) ? "Suspended in this space" : "Not allowed",
                    e.getMessage());
        }
    }

    /** A per-person limit: 429 with the seconds to wait, in the header and in words. */
    @Provider
    public static class TooManyRequestsMapper implements ExceptionMapper<TooManyRequests> {
        @Override
        public Response toResponse(TooManyRequests e) {
            long seconds = Math.max(1, e.retryAfter().toSeconds());
            return Problem.builder(429, Problem.of(429, "rate-limited", "Too many at once",
                    e.getMessage() + " Try again in " + seconds + " s.", null)).header("Retry-After", seconds).build();
        }
    }

    /** A moderation case asked to move along a transition its state machine does not have. */
    @Provider
    public static class IllegalTransitionMapper implements ExceptionMapper<IllegalTransition> {
        @Override
        public Response toResponse(IllegalTransition e) {
            return Problem.response(409, "illegal-transition", "Not possible in this state", e.getMessage());
        }
    }

    @Provider
    public static class PersonBarredMapper implements ExceptionMapper<PersonBarred> {
        @Override
        public Response toResponse(PersonBarred e) {
            return Problem.response(403, "person-barred", "Access suspended",
                    "Your access to this community is suspended. Contact a facilitator or your L&D admin.");
        }
    }

    @Provider
    public static class NotFoundMapper implements ExceptionMapper<NotFound> {
        @Override
        public Response toResponse(NotFound e) {
            return Problem.response(404, "not-found", "Not found", e.getMessage());
        }
    }

    @Provider
    public static class InvalidRequestMapper implements ExceptionMapper<InvalidRequest> {
        @Override
        public Response toResponse(InvalidRequest e) {
            if (e instanceof InvalidFields fields) {
                // The problem as for one field, with every field at fault as the "errors" extension member.
                Map<String, Object> problem = new LinkedHashMap<>();
                problem.put("type", "https://thirdspace.org/problems/invalid-request");
                problem.put("title", "Invalid request");
                problem.put("status", 400);
                problem.put("detail", e.getMessage());
                problem.put("field", e.field());
                problem.put("errors", fields.errors().stream().map(f -> Map.of("field", f.field(), "detail", f.detail())).toList());
                return Response.status(400).type(Problem.MEDIA_TYPE).header("Cache-Control", "no-store").entity(problem).build();
            }
            return Problem.response(400, "invalid-request", "Invalid request", e.getMessage(), e.field());
        }
    }

    @Provider
    public static class ConflictMapper implements ExceptionMapper<Conflict> {
        @Override
        public Response toResponse(Conflict e) {
            return Problem.response(409, "conflict", "Conflict", e.getMessage());
        }
    }

    /** A body that is not the JSON the endpoint reads. */
    @Provider
    public static class MalformedJsonMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.response(400, "malformed-json", "Malformed request body",
                    "The request body is not valid JSON of the expected shape.");
        }
    }

    /**
     * A use case's exception as it leaves a {@code @Transactional} boundary that could not commit:
     * the transaction was rolled back, so nothing of the request was written.
     */
    @Provider
    @Priority(Priorities.USER - 100)
    public static class TransactionalMapper implements ExceptionMapper<TransactionalException> {
        @Context
        UriInfo uri;

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(TransactionalException e) {
            return UnexpectedMapper.respond(e, uri, headers);
        }
    }

    /**
     * Anything unexpected: a 500 with a reference that is in the log with the stack trace; the
     * response itself carries no internals.
     */
    @Provider
    public static class UnexpectedMapper implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(UnexpectedMapper.class.getName());
        private static final SecureRandom RANDOM = new SecureRandom();

        @Context
        UriInfo uri;

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(RuntimeException e) {
            return respond(e, uri, headers);
        }

        /** A problem for the API, the tool's error page for a page; both with the reference of the log line. */
        static Response respond(RuntimeException e, UriInfo uri, HttpHeaders headers) {
            if (e instanceof WebApplicationException web && web.getResponse() != null && web.getResponse().hasEntity()) {
                return web.getResponse();
            }
            if (e instanceof ProcessingException && e.getCause() instanceof JsonbException json) {
                return new MalformedJsonMapper().toResponse(json);
            }
            byte[] bytes = new byte[5];
            RANDOM.nextBytes(bytes);
            String reference = HexFormat.of().formatHex(bytes);
            // A database's messages can quote a row's values: its failures are logged without them.
            LOG.log(Level.SEVERE, "Unexpected failure [" + reference + "]",
                    DatabaseFailures.involvesDatabase(e) ? DatabaseFailures.withoutMessages(e) : e);
            if (!Refusal.wantsProblem(uri, headers)) {
                return Refusal.page(headers, 500, reference);
            }
            return Problem.response(500, "internal", "Something went wrong",
                    "The request was not completed. Try again; if it keeps failing, give your admin the reference " + reference + ".");
        }
    }
}
