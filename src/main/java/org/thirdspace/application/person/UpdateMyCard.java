package org.thirdspace.application.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Field;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.PersonCard;

import java.time.Instant;

/** A person chooses what their member card shows. */
@ApplicationScoped
public class UpdateMyCard {

    private People people;

    protected UpdateMyCard() {
    }

    @Inject
    public UpdateMyCard(People people) {
        this.people = people;
    }

    public record Request(String headline, String about, boolean showEmail) {
    }

    @Transactional
    public void update(Actor actor, Request request, Instant now) {
        PersonCard card = people.card(actor.personId()).orElse(null);
        if (card == null) {
            card = new PersonCard(actor.personId(), now);
            people.add(card);
        }
        card.choose(Field.optional("headline", request == null ? null : request.headline(), PersonCard.MAX_HEADLINE),
                Field.optional("about", request == null ? null : request.about(), PersonCard.MAX_ABOUT),
                request != null && request.showEmail(), now);
    }
}
