package org.thirdspace.application.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Field;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.discussion.PostBodies;
import org.thirdspace.application.safety.WriteGate;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.ArtifactTranslation;
import org.thirdspace.community.artifact.ArtifactTranslations;
import org.thirdspace.community.discussion.Post;

import java.time.Instant;
import java.util.UUID;

/**
 * The steward or a facilitator writes (or rewrites) an artifact's words in another language, so
 * that a learner who opens it from a course page in that language reads it in theirs. Its
 * Markdown goes through the same renderer and sanitizer as the original's; it is made from the
 * original's current version, which it remembers.
 */
@ApplicationScoped
public class TranslateArtifact {

    private ArtifactAccess access;
    private PostBodies bodies;
    private ArtifactTranslations translations;
    private WriteGate gate;

    protected TranslateArtifact() {
    }

    @Inject
    public TranslateArtifact(ArtifactAccess access, PostBodies bodies, ArtifactTranslations translations, WriteGate gate) {
        this.access = access;
        this.bodies = bodies;
        this.translations = translations;
        this.gate = gate;
    }

    public record Request(String title, String body) {
    }

    @Transactional
    public ArtifactTranslation translate(Actor actor, UUID artifactId, String languageTag, Request request, Instant now) {
        Artifact artifact = access.edit(actor, artifactId).artifact();
        String language = language(languageTag, artifact);
        if (request == null) {
            throw new InvalidRequest("title", "title is required");
        }
        String title = Field.required("title", request.title(), Artifact.MAX_TITLE);
        gate.mayWrite(actor, artifact.spaceId(), now);
        Post.Body body = bodies.render(actor.organisationId(), artifact.spaceId(), request.body()).body();

        ArtifactTranslation existing = translations.find(artifactId, language).orElse(null);
        if (existing != null) {
            existing.revise(artifact, title, body, actor.personId(), now);
            return existing;
        }
        ArtifactTranslation translation = new ArtifactTranslation(artifact, language, title, body, actor.personId(), now);
        translations.add(translation);
        return translation;
    }

    static String language(String tag, Artifact artifact) {
        String language = ArtifactTranslation.language(tag).orElseThrow(() -> new InvalidRequest("locale",
                "a translation's locale is a language ISO 639 knows, such as fr or de-CH (not " + quoted(tag) + ")"));
        if (language.equals(artifact.locale())) {
            throw new InvalidRequest("locale", "the artifact is written in " + language + "; a translation is into another language");
        }
        return language;
    }

    private static String quoted(String tag) {
        return tag == null ? "nothing" : "\"" + (tag.length() > 40 ? tag.substring(0, 40) + "…" : tag) + "\"";
    }
}
