package org.thirdspace.application.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;
import org.thirdspace.content.MarkdownRenderer;
import org.thirdspace.content.RenderedBody;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Renders what someone wrote in a space: Markdown to sanitized HTML and plain text, with mentions
 * of the space's members (anyone else cannot be mentioned there).
 */
@ApplicationScoped
public class PostBodies {

    private SpaceAccess access;
    private People people;

    protected PostBodies() {
    }

    @Inject
    public PostBodies(SpaceAccess access, People people) {
        this.access = access;
        this.people = people;
    }

    public record Written(Post.Body body, Set<UUID> mentions) {
    }

    public Written render(UUID organisationId, UUID spaceId, String markdown) {
        if (markdown == null || markdown.isBlank()) {
            throw new InvalidRequest("body", "body is required");
        }
        if (markdown.length() > MarkdownRenderer.MAX_LENGTH) {
            throw new InvalidRequest("body", "body is longer than " + MarkdownRenderer.MAX_LENGTH + " characters (" + markdown.length() + ")");
        }
        RenderedBody rendered = MarkdownRenderer.render(markdown, person -> member(organisationId, spaceId, person));
        return new Written(new Post.Body(markdown, rendered.html(), rendered.text()), rendered.mentions());
    }

    private Optional<String> member(UUID organisationId, UUID spaceId, UUID personId) {
        if (access.membership(spaceId, personId).filter(m -> m.isMember()).isEmpty()) {
            return Optional.empty();
        }
        return people.find(organisationId, personId).filter(Person::mayUseTheTool).map(Person::nameToShow);
    }
}
