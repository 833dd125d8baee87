package org.thirdspace.application.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.community.artifact.ArtifactAudience;
import org.thirdspace.community.artifact.Contributor;
import org.thirdspace.community.artifact.Contributors;
import org.thirdspace.community.artifact.Verification;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The artifacts a course designer may place on a course page: the library they may read
 * ({@link BrowseLibrary}, with its words and type filters), without the obsolete ones, each with
 * the names of the contributors whose consent to the course page is still missing.
 */
@ApplicationScoped
public class ListPlaceableArtifacts {

    private BrowseLibrary library;
    private Contributors contributors;
    private People people;

    protected ListPlaceableArtifacts() {
    }

    @Inject
    public ListPlaceableArtifacts(BrowseLibrary library, Contributors contributors, People people) {
        this.library = library;
        this.contributors = contributors;
        this.people = people;
    }

    @Transactional
    public List<PlaceableArtifact> list(Actor actor, String text, String type, Instant now) {
        List<ArtifactSummary> found = library.browse(actor, new BrowseLibrary.Filter(null, type, null, null, null, text, false), now)
                .stream().filter(s -> !Verification.OBSOLETE.name().equals(s.verification())).toList();
        Map<UUID, List<Contributor>> missing = new HashMap<>();
        Set<UUID> named = new HashSet<>();
        for (ArtifactSummary summary : found) {
            List<Contributor> without = contributors.of(summary.id()).stream()
                    .filter(c -> !c.allows(ArtifactAudience.COURSE_PAGE)).toList();
            missing.put(summary.id(), without);
            without.forEach(c -> named.add(c.personId()));
        }
        Map<UUID, Person> names = named.isEmpty() ? Map.of() : people.byIds(actor.organisationId(), named);
        return found.stream().map(s -> PlaceableArtifact.of(s, missing.get(s.id()).stream()
                .map(c -> names.containsKey(c.personId()) ? names.get(c.personId()).nameToShow() : "a former member").toList()))
                .toList();
    }
}
