package org.thirdspace.application.synthesis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.discussion.PostBodies;
import org.thirdspace.application.safety.WriteGate;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.ArtifactAudience;
import org.thirdspace.community.artifact.ArtifactTemplate;
import org.thirdspace.community.artifact.ArtifactType;
import org.thirdspace.community.artifact.ArtifactVersions;
import org.thirdspace.community.artifact.Artifacts;
import org.thirdspace.community.artifact.Citation;
import org.thirdspace.community.artifact.Citations;
import org.thirdspace.community.artifact.Contributor;
import org.thirdspace.community.artifact.Contributors;
import org.thirdspace.community.artifact.MomentOfNeed;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.space.Spaces;
import org.thirdspace.community.synthesis.CitedSentence;
import org.thirdspace.community.synthesis.NewMember;
import org.thirdspace.community.synthesis.QuietThread;
import org.thirdspace.community.synthesis.Week;
import org.thirdspace.community.synthesis.WeekDigest;
import org.thirdspace.community.synthesis.WeekPost;
import org.thirdspace.community.synthesis.WeeklyActivity;
import org.thirdspace.community.synthesis.WeeklyDraft;
import org.thirdspace.community.synthesis.WeeklySyntheses;
import org.thirdspace.community.synthesis.WeeklySynthesis;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Drafts a space's week: the week's activity that all its members can read (see
 * {@link WeeklyActivity}) becomes a {@link WeekDigest} and, in Markdown, a draft artifact of type
 * weekly synthesis stewarded by the synthesizer, each key sentence cited with its post. Drafting a
 * week again (its activity grew) writes a new version of the same draft; a published week is not
 * drafted again — its synthesizer edits the artifact.
 */
@ApplicationScoped
public class DraftWeeklySynthesis {

    /** A week's posts read at most; a week busier than this is summarised from its first ones. */
    static final int MAX_POSTS = 20_000;
    static final int MAX_LISTED = 50;

    private SynthesisAccess access;
    private Spaces spaces;
    private WeeklyActivity activity;
    private WeeklySyntheses syntheses;
    private People people;
    private PostBodies bodies;
    private WriteGate gate;
    private Artifacts artifacts;
    private ArtifactVersions versions;
    private Citations citations;
    private Contributors contributors;

    protected DraftWeeklySynthesis() {
    }

    @Inject
    public DraftWeeklySynthesis(SynthesisAccess access, Spaces spaces, WeeklyActivity activity, WeeklySyntheses syntheses, People people,
                                PostBodies bodies, WriteGate gate, Artifacts artifacts, ArtifactVersions versions, Citations citations,
                                Contributors contributors) {
        this.access = access;
        this.spaces = spaces;
        this.activity = activity;
        this.syntheses = syntheses;
        this.people = people;
        this.bodies = bodies;
        this.gate = gate;
        this.artifacts = artifacts;
        this.versions = versions;
        this.citations = citations;
        this.contributors = contributors;
    }

    /** The draft, its artifact, and the digest it was written from (the sections the draft page shows). */
    public record Drafted(WeeklySynthesis synthesis, Artifact artifact, WeekDigest digest) {
    }

    /** On demand: the week containing {@code day} (the current week when absent), in the given locale. */
    @Transactional
    public Drafted draft(Actor actor, UUID spaceId, String day, String locale, Instant now) {
        SpaceAccess.InSpace in = access.synthesizer(actor, spaceId);
        Week week = SynthesisAccess.week(day, now);
        if (in.space().isArchived()) {
            throw new Conflict("the space is archived");
        }
        gate.mayWrite(actor, spaceId, now);
        return write(in.space(), actor.personId(), ArtifactTemplate.locale(locale), week, now);
    }

    /**
     * The weekly run, for a space whose week has none yet: stewarded by its first synthesizer, in
     * the space's language (see {@link WeeklySyntheses.SynthesizedSpace}).
     * Empty when another node's draft got there first.
     */
    @Transactional
    public Optional<Drafted> onSchedule(WeeklySyntheses.SynthesizedSpace due, Week week, Instant now) {
        Space space = spaces.find(due.organisationId(), due.spaceId()).orElse(null);
        if (space == null || space.isArchived() || syntheses.find(due.organisationId(), due.spaceId(), week).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(write(space, due.synthesizerId(), ArtifactTemplate.locale(due.locale()), week, now));
    }

    /** The week's digest, as the draft is written from it (the benchmark times this part alone too). */
    public WeekDigest digest(Space space, Week week, String locale, Instant now) {
        Instant to = now.isBefore(week.end()) ? now : week.end();
        List<WeekPost> posts = activity.posts(space.id(), week.start(), to, MAX_POSTS);
        Instant askedBefore = to.minus(Duration.ofHours(WeekDigest.UNANSWERED_AFTER_HOURS));
        List<QuietThread> quiet = activity.unanswered(space.id(), week.start().minus(Duration.ofDays(WeekDigest.UNANSWERED_LOOKBACK_DAYS)),
                askedBefore, MAX_LISTED);
        List<UUID> joined = activity.newMembers(space.id(), week.start(), to, MAX_LISTED);
        Map<UUID, Person> named = people.byIds(space.organisationId(), joined);
        List<NewMember> members = joined.stream().filter(named::containsKey)
                .map(id -> new NewMember(id, named.get(id).nameToShow())).toList();
        return WeekDigest.of(week, posts, WeekDigest.openQuestions(quiet, now), activity.newTags(space.id(), week.start(), to, MAX_LISTED),
                members, Locale.forLanguageTag(locale));
    }

    private Drafted write(Space space, UUID steward, String locale, Week week, Instant now) {
        WeekDigest digest = digest(space, week, locale, now);
        String markdown = WeeklyDraft.markdown(locale, digest);
        Post.Body body = bodies.render(space.organisationId(), space.id(), markdown).body();
        WeeklySynthesis existing = syntheses.find(space.organisationId(), space.id(), week).orElse(null);
        Artifact artifact;
        if (existing == null) {
            artifact = new Artifact(space.organisationId(), space.id(), null, ArtifactType.WEEKLY_SYNTHESIS, WeeklyDraft.title(locale, week),
                    locale, MomentOfNeed.APPLY, ArtifactAudience.SPACE, steward, body, List.of(), now);
            artifacts.add(artifact);
            versions.add(artifact.firstVersion("drafted from the week's activity"));
            WeeklySynthesis synthesis = new WeeklySynthesis(space.organisationId(), space.id(), week, artifact.id(), now, null);
            if (!syntheses.add(synthesis)) {
                throw new Conflict("this week's synthesis was drafted at the same time; open it again");
            }
            contributors.add(new Contributor(artifact.id(), steward, ArtifactAudience.SPACE, true, now));
            cite(artifact, digest.keySentences(), new HashSet<>(Set.of(steward)), new HashSet<>(), 0, now);
            return new Drafted(synthesis, artifact, digest);
        }
        if (existing.isPublished()) {
            throw new Conflict("this week's synthesis is published; edit it instead");
        }
        artifact = artifacts.find(space.organisationId(), existing.artifactId()).orElseThrow();
        versions.add(artifact.edit(artifact.title(), body, artifact.tags(), artifact.momentOfNeed(), steward,
                "drafted again from the week's activity", now));
        // Citations are provenance and are never rewritten: a new draft adds the posts it newly quotes.
        List<Citation> cited = citations.of(artifact.id());
        Set<UUID> known = contributors.of(artifact.id()).stream().map(Contributor::personId).collect(Collectors.toCollection(HashSet::new));
        Set<UUID> citedPosts = cited.stream().map(Citation::postId).collect(Collectors.toCollection(HashSet::new));
        cite(artifact, digest.keySentences(), known, citedPosts, cited.size(), now);
        return new Drafted(existing, artifact, digest);
    }

    /** Each key sentence's post is a citation (once); its author a contributor who wrote in the space. */
    private void cite(Artifact artifact, List<CitedSentence> sentences, Set<UUID> contributorIds, Set<UUID> citedPosts, int after,
                      Instant now) {
        int position = after;
        for (CitedSentence sentence : sentences) {
            if (!citedPosts.add(sentence.postId())) {
                continue;
            }
            citations.add(new Citation(artifact.id(), ++position, sentence.threadId(), sentence.postId(), sentence.postVersion(),
                    sentence.authorId(), sentence.threadTitle(), sentence.text(), sentence.writtenAt(), now));
            if (contributorIds.add(sentence.authorId())) {
                contributors.add(new Contributor(artifact.id(), sentence.authorId(), ArtifactAudience.SPACE, false, now));
            }
        }
    }
}
