package org.thirdspace.application.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.community.artifact.Artifacts;
import org.thirdspace.community.artifact.Contributor;
import org.thirdspace.community.artifact.Contributors;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The artifacts that quote the caller and wait for their consent (a contributor may always read those). */
@ApplicationScoped
public class ListConsentRequests {

    static final int LIMIT = 200;

    private Contributors contributors;
    private Artifacts artifacts;
    private ArtifactSummaries summaries;

    protected ListConsentRequests() {
    }

    @Inject
    public ListConsentRequests(Contributors contributors, Artifacts artifacts, ArtifactSummaries summaries) {
        this.contributors = contributors;
        this.artifacts = artifacts;
        this.summaries = summaries;
    }

    @Transactional
    public List<ArtifactSummary> list(Actor actor, Instant now) {
        List<UUID> ids = contributors.pendingFor(actor.personId(), LIMIT).stream().map(Contributor::artifactId).toList();
        // byIds is scoped by organisation: a question from another organisation's artifact never shows here.
        return summaries.of(actor, List.copyOf(artifacts.byIds(actor.organisationId(), ids).values()), now);
    }
}
