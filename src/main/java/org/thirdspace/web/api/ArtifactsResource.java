package org.thirdspace.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.artifact.AnswerConsent;
import org.thirdspace.application.artifact.ArtifactSummary;
import org.thirdspace.application.artifact.ArtifactView;
import org.thirdspace.application.artifact.AskForConsent;
import org.thirdspace.application.artifact.BrowseLibrary;
import org.thirdspace.application.artifact.ChangeVerification;
import org.thirdspace.application.artifact.EditArtifact;
import org.thirdspace.application.artifact.GiveFeedback;
import org.thirdspace.application.artifact.ListConsentRequests;
import org.thirdspace.application.artifact.ListDueForReview;
import org.thirdspace.application.artifact.MakeArtifact;
import org.thirdspace.application.artifact.MarkAnswer;
import org.thirdspace.application.artifact.PlacedArtifact;
import org.thirdspace.application.artifact.RemoveArtifactTranslation;
import org.thirdspace.application.artifact.ShowArtifact;
import org.thirdspace.application.artifact.ShowPlacedArtifact;
import org.thirdspace.application.artifact.TranslateArtifact;
import org.thirdspace.application.artifact.WidenArtifactAudience;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.ArtifactTranslation;
import org.thirdspace.http.session.Actors;
import org.thirdspace.http.session.CurrentSession;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Performance-support artifacts: made from a thread or a reply, edited, verified, consented to,
 * widened, marked helpful or outdated, listed in a library. Every call is the caller's, in their
 * organisation; an artifact they may not read is 404.
 */
@ApplicationScoped
@Path("api/artifacts")
@Tag(name = "Artifacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArtifactsResource {

    @Inject
    Actors actors;

    @Inject
    MakeArtifact make;

    @Inject
    MarkAnswer answers;

    @Inject
    ShowArtifact show;

    @Inject
    EditArtifact edit;

    @Inject
    ChangeVerification verification;

    @Inject
    AskForConsent ask;

    @Inject
    AnswerConsent consent;

    @Inject
    WidenArtifactAudience widen;

    @Inject
    GiveFeedback feedback;

    @Inject
    BrowseLibrary library;

    @Inject
    ListDueForReview due;

    @Inject
    ListConsentRequests consentRequests;

    @Inject
    ShowPlacedArtifact placed;

    @Inject
    TranslateArtifact translate;

    @Inject
    RemoveArtifactTranslation removeTranslation;

    @Inject
    CurrentSession session;

    /** What to make and from where: a thread, and optionally one post of it. */
    public record MakeRequest(UUID threadId, UUID postId, String type, String title, String locale, String momentOfNeed,
                              List<String> tags, UUID backupVerifierId) {
    }

    public record VerificationChange(String verification) {
    }

    public record AudienceChange(String audience) {
    }

    public record ConsentAnswer(Boolean give) {
    }

    public record FeedbackRequest(String kind, String reason) {
    }

    @POST
    @Operation(summary = "Make an artifact from a thread (or one of its posts): the type's template pre-filled and cited")
    public Response make(MakeRequest request) {
        if (request == null || request.threadId() == null) {
            throw new InvalidRequest("threadId", "threadId is required");
        }
        Artifact artifact = make.make(actors.require(), request.threadId(), request.postId(),
                new MakeArtifact.Request(request.type(), request.title(), request.locale(), request.momentOfNeed(), request.tags(),
                        request.backupVerifierId()), Instant.now());
        return Response.status(201).entity(Map.of("id", artifact.id())).build();
    }

    @GET
    @Operation(summary = "The library of a space (space=…) or of the organisation, with filters")
    public List<ArtifactSummary> library(@QueryParam("space") UUID space, @QueryParam("type") String type, @QueryParam("tag") String tag,
                                         @QueryParam("moment") String moment, @QueryParam("verification") String verification,
                                         @QueryParam("q") String q, @QueryParam("due") boolean dueForReview) {
        return library.browse(actors.require(), new BrowseLibrary.Filter(space, type, tag, moment, verification, q, dueForReview),
                Instant.now());
    }

    @GET
    @Path("due-for-review")
    @Operation(summary = "Artifacts I look after (steward, backup verifier, facilitator) that are past their review date")
    public List<ArtifactSummary> dueForReview() {
        return due.list(actors.require(), Instant.now());
    }

    @GET
    @Path("consent-requests")
    @Operation(summary = "Artifacts that quote me and wait for my consent")
    public List<ArtifactSummary> consentRequests() {
        return consentRequests.list(actors.require(), Instant.now());
    }

    @GET
    @Path("answers")
    @Operation(summary = "The replies marked as answers in a thread")
    public List<UUID> answers(@QueryParam("thread") UUID thread) {
        if (thread == null) {
            throw new InvalidRequest("thread", "thread is required");
        }
        return answers.answers(actors.require(), thread, Instant.now());
    }

    @POST
    @Path("answers/{post}")
    @Operation(summary = "Mark a reply as an answer (the thread's author or a facilitator; several allowed)")
    public Response markAnswer(@PathParam("post") UUID post) {
        answers.mark(actors.require(), post, true, Instant.now());
        return Response.noContent().build();
    }

    @DELETE
    @Path("answers/{post}")
    @Operation(summary = "Unmark an answer")
    public Response unmarkAnswer(@PathParam("post") UUID post) {
        answers.mark(actors.require(), post, false, Instant.now());
        return Response.noContent().build();
    }

    @POST
    @Path("answers/{post}/faq")
    @Operation(summary = "Mark a reply as an answer and turn it into an FAQ entry in one step")
    public Response faq(@PathParam("post") UUID post, MakeRequest request) {
        MakeArtifact.Request faq = request == null ? null : new MakeArtifact.Request(null, request.title(), request.locale(),
                request.momentOfNeed(), request.tags(), request.backupVerifierId());
        Artifact artifact = answers.markAndMakeFaq(actors.require(), post, faq, Instant.now());
        return Response.status(201).entity(Map.of("id", artifact.id())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An artifact with its provenance, verification, review date and feedback")
    public ArtifactView show(@PathParam("id") UUID id) {
        return show.show(actors.require(), id, Instant.now());
    }

    @GET
    @Path("{id}/placed")
    @Operation(summary = "An artifact opened from a course page: the artifact and its community, or why it is not shown "
            + "(OBSOLETE, or UNAVAILABLE: not shared here any more, or none this person may see); in the launch's language "
            + "where a translation exists, unless original=true")
    public PlacedArtifact placed(@PathParam("id") UUID id, @QueryParam("original") boolean original) {
        return placed.show(actors.require(), id, session.require().locale(), original, Instant.now());
    }

    @PUT
    @Path("{id}/translations/{locale}")
    @Operation(summary = "Write or rewrite its translation into a language (steward, facilitators): title and Markdown body")
    public Map<String, Object> translate(@PathParam("id") UUID id, @PathParam("locale") String locale, TranslateArtifact.Request request) {
        ArtifactTranslation translation = translate.translate(actors.require(), id, locale, request, Instant.now());
        return Map.of("locale", translation.locale(), "fromVersion", translation.fromVersion());
    }

    @DELETE
    @Path("{id}/translations/{locale}")
    @Operation(summary = "Remove its translation into a language (steward, facilitators)")
    public Response removeTranslation(@PathParam("id") UUID id, @PathParam("locale") String locale) {
        removeTranslation.remove(actors.require(), id, locale, Instant.now());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/export")
    @Produces({"text/markdown", MediaType.TEXT_HTML, "application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The artifact as a file: format=md (Markdown), html (a printable page) or pdf")
    public Response export(@PathParam("id") UUID id, @QueryParam("format") String format) {
        String chosen = format == null ? "" : format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!List.of("md", "html", "pdf").contains(chosen)) {
            throw new InvalidRequest("format", "format is md, html or pdf");
        }
        ArtifactView view = show.show(actors.require(), id, Instant.now());
        String name = "artifact-" + view.id() + "-v" + view.version() + "." + chosen;
        Response.ResponseBuilder file = switch (chosen) {
            case "md" -> Response.ok(ArtifactDocuments.markdown(view), "text/markdown; charset=utf-8");
            case "html" -> Response.ok(ArtifactDocuments.html(view), "text/html; charset=utf-8");
            default -> Response.ok(ArtifactDocuments.pdf(view), "application/pdf");
        };
        return file.header("Content-Disposition", "attachment; filename=\"" + name + "\"").header("Cache-Control", "no-store").build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Edit (steward, facilitators): a new version with a reason")
    public Map<String, Object> edit(@PathParam("id") UUID id, EditArtifact.Request request) {
        return Map.of("version", edit.edit(actors.require(), id, request, Instant.now()).version());
    }

    @POST
    @Path("{id}/verification")
    @Operation(summary = "Change the verification (draft, peer reviewed, expert verified, obsolete)")
    public Map<String, Object> verify(@PathParam("id") UUID id, VerificationChange change) {
        return Map.of("verification", verification.change(actors.require(), id, change == null ? null : change.verification(),
                Instant.now()).verification().name());
    }

    @POST
    @Path("{id}/consent-requests")
    @Operation(summary = "Ask the quoted contributors who have not agreed yet for their consent")
    public Map<String, Object> askConsent(@PathParam("id") UUID id) {
        return Map.of("asked", ask.ask(actors.require(), id, Instant.now()));
    }

    @POST
    @Path("{id}/consent")
    @Operation(summary = "A quoted contributor gives (give: true) or withdraws (give: false) consent")
    public Response consent(@PathParam("id") UUID id, ConsentAnswer answer) {
        if (answer == null || answer.give() == null) {
            throw new InvalidRequest("give", "give is true or false");
        }
        if (answer.give()) {
            consent.give(actors.require(), id, Instant.now());
        } else {
            consent.withdraw(actors.require(), id, Instant.now());
        }
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/audience")
    @Operation(summary = "Widen the audience (steward, facilitators); refused while a quoted contributor's consent is missing")
    public Map<String, Object> widen(@PathParam("id") UUID id, AudienceChange change) {
        return Map.of("audience", widen.widen(actors.require(), id, change == null ? null : change.audience(), Instant.now())
                .audience().name());
    }

    @POST
    @Path("{id}/feedback")
    @Operation(summary = "This helped (HELPED) or outdated (OUTDATED, with a reason)")
    public Response feedback(@PathParam("id") UUID id, FeedbackRequest request) {
        feedback.give(actors.require(), id, request == null ? null : request.kind(), request == null ? null : request.reason(),
                Instant.now());
        return Response.noContent().build();
    }
}
