package org.thirdspace.application.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.discussion.PostSummary;
import org.thirdspace.community.discussion.Posts;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;
import org.thirdspace.community.person.PersonCard;
import org.thirdspace.community.space.Membership;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A member card: the person's name, what they chose to show (their e-mail only if they said so),
 * their role in a space the viewer shares with them, and what they wrote where the viewer may see it.
 * Relationships give context that algorithms cannot: who this is and what they wrote before.
 */
@ApplicationScoped
public class ShowPersonCard {

    private People people;
    private SpaceAccess access;
    private Posts posts;

    protected ShowPersonCard() {
    }

    @Inject
    public ShowPersonCard(People people, SpaceAccess access, Posts posts) {
        this.people = people;
        this.access = access;
        this.posts = posts;
    }

    public record Written(UUID postId, UUID threadId, String threadTitle, Instant createdAt, String excerpt) {
    }

    /** {@code showsEmail} is told to the person themselves only, for their own settings. */
    /** {@code mayChooseName} and {@code chosenName}: for the person themselves, whose LMS shares no name. */
    public record Card(UUID id, String name, String picture, String headline, String about, String email, String roleInSpace,
                       List<Written> recent, boolean isMe, Boolean showsEmail, Boolean mayChooseName, String chosenName) {
    }

    @Transactional
    public Card show(Actor actor, UUID personId, UUID spaceId, Instant now) {
        Person person = people.find(actor.organisationId(), personId).orElseThrow(() -> new NotFound("no such person"));
        PersonCard card = people.card(personId).orElse(null);
        String role = null;
        if (spaceId != null && access.membership(spaceId, actor.personId()).filter(Membership::isMember).isPresent()) {
            role = access.membership(spaceId, personId).filter(Membership::isMember).map(m -> m.role().name()).orElse(null);
        }
        List<Written> recent = posts.postsBy(personId, access.viewer(actor), now, 10).stream()
                .map(ShowPersonCard::written).toList();
        boolean me = personId.equals(actor.personId());
        return new Card(person.id(), person.nameToShow(), person.profile().pictureUrl(), card == null ? null : card.headline(), card == null ? null : card.about(),
                card != null && card.showsEmail() ? person.profile().email() : null, role, recent, me,
                me ? card != null && card.showsEmail() : null,
                me ? person.mayChooseName() : null, me ? person.chosenName() : null);
    }

    private static Written written(PostSummary s) {
        String text = s.text() == null ? "" : s.text().replaceAll("\\s+", " ");
        return new Written(s.postId(), s.threadId(), s.threadTitle(), s.createdAt(), text.length() > 160 ? text.substring(0, 160) + "…" : text);
    }
}
