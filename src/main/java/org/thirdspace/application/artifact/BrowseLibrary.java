package org.thirdspace.application.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Field;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.ArtifactType;
import org.thirdspace.community.artifact.Artifacts;
import org.thirdspace.community.artifact.LibraryQuery;
import org.thirdspace.community.artifact.MomentOfNeed;
import org.thirdspace.community.artifact.Verification;
import org.thirdspace.community.discussion.Viewer;
import org.thirdspace.community.tag.TagName;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The artifact library of a space, or of the whole organisation: only what the reader may read
 * ({@link Artifact#readableBy}, checked on every row after the query's coarser filter), narrowed by
 * type, tag, moment of need, verification, words, and "due for review".
 */
@ApplicationScoped
public class BrowseLibrary {

    static final int LIMIT = 200;

    private SpaceAccess spaces;
    private Artifacts artifacts;
    private ArtifactSummaries summaries;

    protected BrowseLibrary() {
    }

    @Inject
    public BrowseLibrary(SpaceAccess spaces, Artifacts artifacts, ArtifactSummaries summaries) {
        this.spaces = spaces;
        this.artifacts = artifacts;
        this.summaries = summaries;
    }

    /** The filters, each optional; {@code spaceId} null for the organisation's library. */
    public record Filter(UUID spaceId, String type, String tag, String momentOfNeed, String verification, String text,
                         boolean dueForReview) {
    }

    @Transactional
    public List<ArtifactSummary> browse(Actor actor, Filter filter, Instant now) {
        Filter f = filter == null ? new Filter(null, null, null, null, null, null, false) : filter;
        if (f.spaceId() != null) {
            // A space of another organisation does not exist for the caller (404), whatever it holds.
            spaces.look(actor, f.spaceId());
        }
        ArtifactType type = f.type() == null || f.type().isBlank() ? null : MakeArtifact.type(f.type());
        MomentOfNeed moment = f.momentOfNeed() == null || f.momentOfNeed().isBlank() ? null : MakeArtifact.moment(f.momentOfNeed());
        Verification verification = f.verification() == null || f.verification().isBlank() ? null
                : Verification.of(f.verification()).orElseThrow(() -> new InvalidRequest("verification",
                "unknown verification; one of " + MakeArtifact.names(Verification.values())));
        String tag = f.tag() == null || f.tag().isBlank() ? null : TagName.of(f.tag()).map(TagName::value)
                .orElseThrow(() -> new InvalidRequest("tag", "not a tag"));
        String text = Field.optional("q", f.text(), 200);
        Viewer viewer = spaces.viewer(actor);
        LibraryQuery query = new LibraryQuery(actor.organisationId(), f.spaceId(), type, tag, moment, verification, text);
        List<Artifact> found = artifacts.library(query, viewer.memberSpaces(), LIMIT);
        List<Artifact> readable = found.stream().filter(a -> a.readableBy(viewer, false)).toList();
        return summaries.of(actor, readable, now).stream().filter(s -> !f.dueForReview() || s.pastReview()).toList();
    }

}
