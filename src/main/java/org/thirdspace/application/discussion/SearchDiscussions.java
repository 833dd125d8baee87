package org.thirdspace.application.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.discussion.DiscussionSearch;
import org.thirdspace.community.discussion.PostSummary;
import org.thirdspace.community.discussion.SearchQuery;
import org.thirdspace.community.discussion.Viewer;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;
import org.thirdspace.community.space.Spaces;
import org.thirdspace.community.tag.TagName;
import org.thirdspace.community.tag.Tags;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Full-text search over everything the person may see — their spaces, and what is shared with the
 * organisation — with filters for space, tag and author, and highlighted snippets.
 */
@ApplicationScoped
public class SearchDiscussions {

    static final int LIMIT = 30;

    private SpaceAccess access;
    private DiscussionSearch discussionSearch;
    private Tags tags;
    private People people;
    private Spaces spaces;

    protected SearchDiscussions() {
    }

    @Inject
    public SearchDiscussions(SpaceAccess access, DiscussionSearch discussionSearch, Tags tags, People people, Spaces spaces) {
        this.access = access;
        this.discussionSearch = discussionSearch;
        this.tags = tags;
        this.people = people;
        this.spaces = spaces;
    }

    public record Hit(UUID postId, UUID threadId, String threadTitle, UUID spaceId, String spaceTitle, UUID authorId,
                      String authorName, Instant createdAt, String snippet) {
    }

    @Transactional
    public List<Hit> search(Actor actor, String text, UUID spaceId, String tag, UUID authorId, Instant now) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequest("q", "type something to search for");
        }
        if (text.length() > SearchQuery.MAX_TEXT) {
            throw new InvalidRequest("q", "search text is longer than " + SearchQuery.MAX_TEXT + " characters");
        }
        UUID tagId = null;
        if (tag != null && !tag.isBlank()) {
            TagName name = TagName.of(tag).orElseThrow(() -> new InvalidRequest("tag", "not a tag"));
            tagId = tags.find(actor.organisationId(), name).map(t -> t.id()).orElse(null);
            if (tagId == null) {
                return List.of();
            }
        }
        SearchQuery query = new SearchQuery(text, spaceId, tagId, authorId, LIMIT);
        if (query.terms().isEmpty()) {
            throw new InvalidRequest("q", "search for words of at least two letters");
        }
        Viewer viewer = access.viewer(actor);
        List<PostSummary> found = discussionSearch.search(query, viewer, now);
        Map<UUID, Person> authors = people.byIds(actor.organisationId(), found.stream().map(PostSummary::authorId).distinct().toList());
        Map<UUID, String> spaceTitles = spaces.titles(actor.organisationId(), found.stream().map(PostSummary::spaceId).distinct().toList());
        Function<PostSummary, String> name = s -> authors.containsKey(s.authorId()) ? authors.get(s.authorId()).nameToShow() : "";
        return found.stream().map(s -> new Hit(s.postId(), s.threadId(), s.threadTitle(), s.spaceId(),
                spaceTitles.getOrDefault(s.spaceId(), ""), s.authorId(), name.apply(s), s.createdAt(),
                Snippet.of(s.text(), s.threadTitle(), query.terms()))).toList();
    }
}
