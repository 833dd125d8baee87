package org.thirdspace.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.application.synthesis.DraftWeeklySynthesis;
import org.thirdspace.application.synthesis.PublishWeeklySynthesis;
import org.thirdspace.application.synthesis.ShowPinnedSynthesis;
import org.thirdspace.application.synthesis.ShowWeeklySynthesis;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.synthesis.CitedSentence;
import org.thirdspace.community.synthesis.QuietThread;
import org.thirdspace.community.synthesis.ThreadParticipation;
import org.thirdspace.community.synthesis.Week;
import org.thirdspace.community.synthesis.WeekDigest;
import org.thirdspace.community.synthesis.WeeklySynthesis;
import org.thirdspace.http.session.Actors;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A space's weekly synthesis: the synthesizer's "This week" page (the week as it stands, a fresh
 * draft with its sections, publishing the edited words) and the published synthesis every member
 * sees at the top of the space. Every call is the caller's, in their organisation.
 */
@ApplicationScoped
@Path("api/spaces/{spaceId}/synthesis")
@Tag(name = "Weekly synthesis")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SynthesisResource {

    @Inject
    Actors actors;

    @Inject
    ShowWeeklySynthesis show;

    @Inject
    DraftWeeklySynthesis draft;

    @Inject
    PublishWeeklySynthesis publish;

    @Inject
    ShowPinnedSynthesis pinned;

    /** The week (any date in it; the current week when absent) and the language of a new draft. */
    public record DraftRequest(String week, String locale) {
    }

    public record PublishRequest(String week, String title, String body) {
    }

    /** The week's synthesis as it stands: NONE, DRAFT or PUBLISHED, with its words when there are some. */
    public record WeekState(LocalDate week, LocalDate weekEnds, String state, UUID artifactId, String title, String body, String bodyHtml,
                            Instant draftedAt, Instant publishedAt, Sections sections) {

        static WeekState of(Week week, WeeklySynthesis synthesis, Artifact artifact, Sections sections) {
            if (synthesis == null || artifact == null) {
                return new WeekState(week.monday(), week.monday().plusDays(6), "NONE", null, null, null, null, null, null, sections);
            }
            return new WeekState(week.monday(), week.monday().plusDays(6), synthesis.isPublished() ? "PUBLISHED" : "DRAFT", artifact.id(),
                    artifact.title(), artifact.bodyMarkdown(), artifact.bodyHtml(), synthesis.draftedAt(), synthesis.publishedAt(), sections);
        }
    }

    /** What a draft was built from, section by section, each entry with where it links. */
    public record Sections(List<Participation> mostParticipation, List<Question> unanswered, List<String> newTags, List<String> keyPhrases,
                           List<Member> newMembers, List<KeySentence> keySentences) {

        static Sections of(WeekDigest digest) {
            return new Sections(digest.mostParticipation().stream().map(Participation::of).toList(),
                    digest.unanswered().stream().map(Question::of).toList(), digest.newTags(), digest.keyPhrases(),
                    digest.newMembers().stream().map(m -> new Member(m.personId(), m.name())).toList(),
                    digest.keySentences().stream().map(KeySentence::of).toList());
        }
    }

    public record Participation(UUID threadId, String title, int people, int posts, String link) {
        static Participation of(ThreadParticipation p) {
            return new Participation(p.threadId(), p.title(), p.people(), p.posts(), "#/threads/" + p.threadId());
        }
    }

    public record Question(UUID threadId, String title, Instant openedAt, String link) {
        static Question of(QuietThread q) {
            return new Question(q.threadId(), q.title(), q.openedAt(), "#/threads/" + q.threadId());
        }
    }

    public record Member(UUID personId, String name) {
    }

    public record KeySentence(String text, UUID postId, UUID threadId, String threadTitle, String link) {
        static KeySentence of(CitedSentence s) {
            return new KeySentence(s.text(), s.postId(), s.threadId(), s.threadTitle(), "#/threads/" + s.threadId() + "?post=" + s.postId());
        }
    }

    public record Pinned(LocalDate week, UUID artifactId, String title, String bodyHtml, Instant publishedAt) {
    }

    @GET
    @Operation(summary = "The week's synthesis as it stands (synthesizers and facilitators)")
    public WeekState week(@PathParam("spaceId") UUID spaceId, @QueryParam("week") String week) {
        ShowWeeklySynthesis.WeekView view = show.show(actors.require(), spaceId, week, Instant.now());
        return WeekState.of(view.week(), view.synthesis(), view.artifact(), null);
    }

    @POST
    @Path("draft")
    @Operation(summary = "Draft the week from its activity (synthesizers and facilitators); again: a new version of the draft")
    public Response draft(@PathParam("spaceId") UUID spaceId, DraftRequest request) {
        DraftWeeklySynthesis.Drafted drafted = draft.draft(actors.require(), spaceId, request == null ? null : request.week(),
                request == null ? null : request.locale(), Instant.now());
        return Response.status(201).entity(WeekState.of(drafted.synthesis().week(), drafted.synthesis(), drafted.artifact(),
                Sections.of(drafted.digest()))).build();
    }

    @POST
    @Path("publish")
    @Operation(summary = "Publish the edited synthesis: shown at the top of the space")
    public WeekState publish(@PathParam("spaceId") UUID spaceId, PublishRequest request) {
        Artifact artifact = publish.publish(actors.require(), spaceId, request == null ? null
                : new PublishWeeklySynthesis.Request(request.week(), request.title(), request.body()), Instant.now());
        ShowWeeklySynthesis.WeekView view = show.show(actors.require(), spaceId, request.week(), Instant.now());
        return WeekState.of(view.week(), view.synthesis(), artifact, null);
    }

    @GET
    @Path("pinned")
    @Operation(summary = "The published synthesis at the top of the space (this week's or last week's); 204 when none")
    public Response pinned(@PathParam("spaceId") UUID spaceId) {
        return pinned.pinned(actors.require(), spaceId, Instant.now())
                .map(p -> Response.ok(new Pinned(p.synthesis().week().monday(), p.artifact().id(), p.artifact().title(),
                        p.artifact().bodyHtml(), p.synthesis().publishedAt())).build())
                .orElseGet(() -> Response.noContent().build());
    }
}
