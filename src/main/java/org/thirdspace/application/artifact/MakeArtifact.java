package org.thirdspace.application.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Field;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.discussion.PostBodies;
import org.thirdspace.application.discussion.ThreadAccess;
import org.thirdspace.application.safety.WriteGate;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.ArtifactAudience;
import org.thirdspace.community.artifact.ArtifactDraft;
import org.thirdspace.community.artifact.ArtifactTemplate;
import org.thirdspace.community.artifact.ArtifactType;
import org.thirdspace.community.artifact.ArtifactVersions;
import org.thirdspace.community.artifact.Artifacts;
import org.thirdspace.community.artifact.Citation;
import org.thirdspace.community.artifact.Citations;
import org.thirdspace.community.artifact.Contributor;
import org.thirdspace.community.artifact.Contributors;
import org.thirdspace.community.artifact.MomentOfNeed;
import org.thirdspace.community.discussion.Audience;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.Posts;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;
import org.thirdspace.community.tag.TagName;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * "Make an artifact" from a thread, or from one reply in it: the chosen type's template is
 * pre-filled with the conversation (the opening post, then the replies — or only the chosen one)
 * and each piece is cited, with its author recorded as a contributor. Only someone who can read
 * the thread, as a member of its space, makes one, and what they cannot read (a hidden or deleted
 * post, a reply not shared with them) is neither quoted nor cited. The artifact starts as a draft
 * where its conversation was: the peer group, or the space (an organisation-wide thread's artifact
 * starts in its space too, and goes wider with its contributors' consent).
 */
@ApplicationScoped
public class MakeArtifact {

    /** Replies quoted when a whole thread is turned into an artifact; the steward edits from there. */
    static final int MAX_REPLIES = 20;

    private ThreadAccess threads;
    private SpaceAccess spaces;
    private Posts posts;
    private People people;
    private PostBodies bodies;
    private WriteGate gate;
    private Artifacts artifacts;
    private ArtifactVersions versions;
    private Citations citations;
    private Contributors contributors;

    protected MakeArtifact() {
    }

    @Inject
    public MakeArtifact(ThreadAccess threads, SpaceAccess spaces, Posts posts, People people, PostBodies bodies, WriteGate gate,
                        Artifacts artifacts, ArtifactVersions versions, Citations citations, Contributors contributors) {
        this.threads = threads;
        this.spaces = spaces;
        this.posts = posts;
        this.people = people;
        this.bodies = bodies;
        this.gate = gate;
        this.artifacts = artifacts;
        this.versions = versions;
        this.citations = citations;
        this.contributors = contributors;
    }

    /**
     * What to make: the type, its title, the locale it is written in (the reader's by default),
     * the moment of need (apply by default), tags, and optionally a backup verifier (a member of
     * the space other than the maker).
     */
    public record Request(String type, String title, String locale, String momentOfNeed, List<String> tags, UUID backupVerifierId) {
    }

    /** From the whole thread ({@code postId} null) or from one post of it. */
    @Transactional
    public Artifact make(Actor actor, UUID threadId, UUID postId, Request request, Instant now) {
        ThreadAccess.InThread in = threads.thread(actor, threadId, now);
        if (!in.inSpace()) {
            throw new AccessDenied("artifacts are made by members of the conversation's space");
        }
        if (request == null) {
            throw new InvalidRequest("type", "type is required");
        }
        ArtifactType type = type(request.type());
        String title = Field.required("title", request.title(), Artifact.MAX_TITLE);
        MomentOfNeed moment = moment(request.momentOfNeed());
        List<String> tags = tags(request.tags());
        String locale = ArtifactTemplate.locale(request.locale());
        UUID backup = request.backupVerifierId();
        if (backup != null) {
            verifierInSpace(actor, in.thread().spaceId(), backup, "backupVerifierId");
            if (backup.equals(actor.personId())) {
                throw new InvalidRequest("backupVerifierId", "the backup verifier is someone other than the steward");
            }
        }
        gate.mayWrite(actor, in.thread().spaceId(), now);

        List<Post> quoted = quoted(in, postId);
        DiscussionThread thread = in.thread();
        Map<UUID, Person> authors = people.byIds(actor.organisationId(), quoted.stream().map(Post::authorId).distinct().toList());
        List<ArtifactDraft.Quote> quotes = new ArrayList<>();
        for (int i = 0; i < quoted.size(); i++) {
            Post post = quoted.get(i);
            Person author = authors.get(post.authorId());
            quotes.add(new ArtifactDraft.Quote(i + 1, author == null ? "?" : author.nameToShow(), post.bodyText(), post.createdAt(),
                    post.isOpening()));
        }
        String markdown = ArtifactDraft.markdown(type, locale, thread.title(), quotes);
        Post.Body body = bodies.render(actor.organisationId(), thread.spaceId(), markdown).body();
        boolean inGroup = thread.audience() == Audience.PEER_GROUP;
        Artifact artifact = new Artifact(actor.organisationId(), thread.spaceId(), inGroup ? thread.peerGroupId() : null, type, title,
                locale, moment, inGroup ? ArtifactAudience.PEER_GROUP : ArtifactAudience.SPACE, actor.personId(), body, tags, now);
        if (backup != null) {
            artifact.stewardship(actor.personId(), backup, now);
        }
        artifacts.add(artifact);
        versions.add(artifact.firstVersion("made from the conversation “" + thread.title() + "”"));
        Map<UUID, Contributor> cited = new LinkedHashMap<>();
        cited.put(actor.personId(), new Contributor(artifact.id(), actor.personId(), ArtifactAudience.of(thread.audience()), true, now));
        for (int i = 0; i < quoted.size(); i++) {
            Post post = quoted.get(i);
            citations.add(new Citation(artifact.id(), i + 1, thread.id(), post.id(), post.version(), post.authorId(), thread.title(),
                    post.bodyText(), post.createdAt(), now));
            ArtifactAudience wroteIn = wroteIn(thread, post);
            cited.computeIfAbsent(post.authorId(), person -> new Contributor(artifact.id(), person, wroteIn, false, now))
                    .alsoWroteIn(wroteIn);
        }
        cited.values().forEach(contributors::add);
        return artifact;
    }

    /**
     * How far someone's words had gone: an organisation-wide thread's reply only when its author
     * shared it (the opening post goes wherever its thread goes), else the thread's own audience.
     */
    static ArtifactAudience wroteIn(DiscussionThread thread, Post post) {
        if (thread.audience() == Audience.ORGANISATION && !post.isSharedWider()) {
            return ArtifactAudience.SPACE;
        }
        return ArtifactAudience.of(thread.audience());
    }

    private List<Post> quoted(ThreadAccess.InThread in, UUID postId) {
        List<Post> readable = posts.posts(in.thread().id(), MAX_REPLIES * 25).stream()
                .filter(p -> !p.isDeleted() && !p.isHidden() && in.viewer().sees(p, in.thread()))
                .toList();
        if (postId == null) {
            List<Post> chosen = new ArrayList<>(readable.stream().filter(Post::isOpening).toList());
            readable.stream().filter(p -> !p.isOpening()).limit(MAX_REPLIES).forEach(chosen::add);
            return chosen;
        }
        Post post = threads.post(in, postId);
        if (!readable.contains(post)) {
            throw new InvalidRequest("postId", "this post cannot be quoted (it was deleted or is hidden)");
        }
        List<Post> chosen = new ArrayList<>(readable.stream().filter(Post::isOpening).toList());
        if (!post.isOpening()) {
            chosen.add(post);
        }
        return chosen;
    }

    static ArtifactType type(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidRequest("type", "type is required (one of " + names(ArtifactType.values()) + ")");
        }
        return ArtifactType.of(name).orElseThrow(() -> new InvalidRequest("type",
                "unknown type; one of " + names(ArtifactType.values())));
    }

    static MomentOfNeed moment(String name) {
        if (name == null || name.isBlank()) {
            return MomentOfNeed.APPLY;
        }
        return MomentOfNeed.of(name).orElseThrow(() -> new InvalidRequest("momentOfNeed",
                "unknown moment of need; one of " + names(MomentOfNeed.values())));
    }

    static List<String> tags(List<String> typed) {
        if (typed == null) {
            return List.of();
        }
        if (typed.size() > Artifact.MAX_TAGS * 2) {
            throw new InvalidRequest("tags", "at most " + Artifact.MAX_TAGS + " tags");
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : typed) {
            TagName.of(tag).ifPresent(name -> tags.add(name.value()));
        }
        if (tags.size() > Artifact.MAX_TAGS) {
            throw new InvalidRequest("tags", "at most " + Artifact.MAX_TAGS + " tags");
        }
        return List.copyOf(tags);
    }

    /** A steward or verifier is a person who is a member of the artifact's space — never a group. */
    void verifierInSpace(Actor actor, UUID spaceId, UUID personId, String field) {
        verifierInSpace(spaces, people, actor, spaceId, personId, field);
    }

    static void verifierInSpace(SpaceAccess spaces, People people, Actor actor, UUID spaceId, UUID personId, String field) {
        boolean member = spaces.membership(spaceId, personId).filter(m -> m.isMember()).isPresent()
                && people.find(actor.organisationId(), personId).filter(Person::mayUseTheTool).isPresent();
        if (!member) {
            throw new InvalidRequest(field, "the steward and the backup verifier are people who are members of the space");
        }
    }

    static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
