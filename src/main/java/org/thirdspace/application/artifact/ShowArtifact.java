package org.thirdspace.application.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.ArtifactAudience;
import org.thirdspace.community.artifact.ArtifactDraft;
import org.thirdspace.community.artifact.ArtifactPlacement;
import org.thirdspace.community.artifact.ArtifactPlacements;
import org.thirdspace.community.artifact.ArtifactTemplate;
import org.thirdspace.community.artifact.ArtifactTranslation;
import org.thirdspace.community.artifact.ArtifactTranslations;
import org.thirdspace.community.artifact.ArtifactVersion;
import org.thirdspace.community.artifact.ArtifactVersions;
import org.thirdspace.community.artifact.Citation;
import org.thirdspace.community.artifact.Citations;
import org.thirdspace.community.artifact.Contributor;
import org.thirdspace.community.artifact.Contributors;
import org.thirdspace.community.artifact.Feedback;
import org.thirdspace.community.artifact.FeedbackKind;
import org.thirdspace.community.artifact.Feedbacks;
import org.thirdspace.community.artifact.Verification;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.course.Courses;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Threads;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;
import org.thirdspace.community.space.Spaces;
import org.thirdspace.content.TaskListItems;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An artifact for its reader: its words, where they came from ("from the conversation …", as
 * cited, with a way back when the reader can open the thread), its verification, whether it is
 * past its review date, and "this helped" / "outdated" (and its Markdown, for export). Its editors
 * also see each contributor's consent, readers' reasons, and what the next audience still needs.
 * Its history has its versions and the course pages it was placed on. A checklist's "- [ ]"
 * items read as (read-only) tick boxes ({@link TaskListItems}).
 */
@ApplicationScoped
public class ShowArtifact {

    private ArtifactAccess access;
    private Citations citations;
    private Contributors contributors;
    private Feedbacks feedbacks;
    private ArtifactVersions versions;
    private People people;
    private Spaces spaces;
    private Threads threads;
    private ReviewDates reviewDates;
    private ArtifactPlacements placements;
    private Courses courses;
    private ArtifactTranslations translations;

    protected ShowArtifact() {
    }

    @Inject
    public ShowArtifact(ArtifactAccess access, Citations citations, Contributors contributors, Feedbacks feedbacks,
                        ArtifactVersions versions, People people, Spaces spaces, Threads threads, ReviewDates reviewDates,
                        ArtifactPlacements placements, Courses courses, ArtifactTranslations translations) {
        this.access = access;
        this.citations = citations;
        this.contributors = contributors;
        this.feedbacks = feedbacks;
        this.versions = versions;
        this.people = people;
        this.spaces = spaces;
        this.threads = threads;
        this.reviewDates = reviewDates;
        this.placements = placements;
        this.courses = courses;
        this.translations = translations;
    }

    @Transactional
    public ArtifactView show(Actor actor, UUID artifactId, Instant now) {
        ArtifactAccess.Found found = access.read(actor, artifactId);
        Artifact artifact = found.artifact();
        boolean edits = found.edits();
        List<Citation> cited = citations.of(artifactId);
        List<Contributor> quoted = contributors.of(artifactId);
        List<ArtifactVersion> history = versions.of(artifactId);
        List<Feedback> given = feedbacks.of(artifactId, 200);
        Set<UUID> named = new HashSet<>();
        named.add(artifact.stewardId());
        artifact.backupVerifierId().ifPresent(named::add);
        cited.forEach(c -> named.add(c.authorId()));
        quoted.forEach(c -> named.add(c.personId()));
        history.forEach(v -> named.add(v.changedBy()));
        List<ArtifactPlacement> placed = placements.of(artifactId);
        placed.forEach(p -> named.add(p.placedBy()));
        List<ArtifactTranslation> translated = translations.of(artifactId);
        translated.forEach(t -> named.add(t.translatedBy()));
        if (edits) {
            given.forEach(f -> named.add(f.personId()));
        }
        Map<UUID, Person> names = people.byIds(actor.organisationId(), named);
        Map<UUID, DiscussionThread> sources = threads.byIds(cited.stream().map(Citation::threadId).distinct().toList());

        Instant due = reviewDates.dueAt(List.of(artifact)).get(artifact.id());
        Map<FeedbackKind, Integer> counts = feedbacks.counts(List.of(artifactId)).getOrDefault(artifactId, Map.of());
        UUID lastEditor = history.isEmpty() ? artifact.createdBy() : history.get(history.size() - 1).changedBy();
        ArtifactAudience next = next(artifact.audience());
        List<String> missing = !edits || next == null ? List.of() : quoted.stream().filter(c -> !c.allows(next))
                .map(c -> name(names, c.personId())).toList();

        return new ArtifactView(artifact.id(), artifact.type().name(),
                artifact.type().sections().stream().map(s -> ArtifactTemplate.heading(artifact.locale(), s)).toList(),
                artifact.title(), artifact.locale(), artifact.momentOfNeed().name(), artifact.verification().name(),
                artifact.audience().name(), artifact.spaceId(),
                spaces.titles(actor.organisationId(), List.of(artifact.spaceId())).get(artifact.spaceId()),
                person(names, artifact.stewardId()), artifact.backupVerifierId().map(id -> person(names, id)).orElse(null),
                asRead(artifact.bodyHtml(), artifact.locale()), artifact.bodyMarkdown(), artifact.tags(), artifact.version(),
                artifact.createdAt(), artifact.updatedAt(), artifact.reviewIntervalDays(), due,
                artifact.verification() != Verification.OBSOLETE && !due.isAfter(now),
                cited.stream().map(c -> {
                    DiscussionThread thread = sources.get(c.threadId());
                    boolean openable = thread != null && found.viewer().sees(thread, now);
                    return new ArtifactView.Source(c.position(), c.threadId(), openable ? c.postId() : null, c.postVersion(),
                            c.threadTitle(), name(names, c.authorId()), c.excerpt(), c.writtenAt(), openable);
                }).toList(),
                edits ? quoted.stream().map(c -> new ArtifactView.ContributorView(c.personId(), name(names, c.personId()),
                        c.wroteIn().name(), c.consent().name(), c.askedAt(), c.answeredAt())).toList() : null,
                // Whoever made it consented by making it: only the people it quotes are asked.
                found.contributor() == null || artifact.createdBy().equals(actor.personId()) ? null : found.contributor().consent().name(),
                counts.getOrDefault(FeedbackKind.HELPED, 0), counts.getOrDefault(FeedbackKind.OUTDATED, 0),
                given.stream().filter(f -> f.personId().equals(actor.personId())).map(f -> f.kind().name()).sorted().toList(),
                edits ? given.stream().map(f -> new ArtifactView.FeedbackView(f.kind().name(), f.reason(), name(names, f.personId()),
                        f.givenAt())).toList() : null,
                history.stream().map(v -> new ArtifactView.VersionView(v.version(), v.title(), v.reason(), name(names, v.changedBy()),
                        v.changedAt())).toList(),
                edits, ChangeVerification.allowed(found, lastEditor).stream().filter(artifact.verification()::mayBecome)
                        .map(Enum::name).toList(),
                edits && next != null ? next.name() : null, missing,
                placed.stream().map(p -> new ArtifactView.PlacementView(courses.find(actor.organisationId(), p.courseId())
                        .map(CourseContext::nameToShow).orElse(""), name(names, p.placedBy()), p.placedAt())).toList(),
                translated.stream().map(t -> new ArtifactView.TranslationView(t.locale(), t.title(), edits ? t.bodyMarkdown() : null,
                        t.fromVersion(), t.isBehind(artifact), name(names, t.translatedBy()), t.translatedAt())).toList());
    }

    /** An artifact's words (or a translation's) as readers get them: sources cited once, below; checklist items as tick boxes. */
    static String asRead(String html, String locale) {
        return TaskListItems.asCheckboxes(ArtifactDraft.withoutSourcesList(html, locale));
    }

    private static ArtifactAudience next(ArtifactAudience audience) {
        ArtifactAudience[] all = ArtifactAudience.values();
        return audience.ordinal() + 1 < all.length ? all[audience.ordinal() + 1] : null;
    }

    private static ArtifactView.Person person(Map<UUID, Person> names, UUID id) {
        return new ArtifactView.Person(id, name(names, id));
    }

    private static String name(Map<UUID, Person> names, UUID id) {
        Person person = names.get(id);
        return person == null ? "" : person.nameToShow();
    }
}
