package org.thirdspace.application.space;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.community.space.Spaces;

import java.util.List;
import java.util.UUID;

/** The spaces a person belongs to in their organisation. */
@ApplicationScoped
public class ListMySpaces {

    private Spaces spaces;

    protected ListMySpaces() {
    }

    @Inject
    public ListMySpaces(Spaces spaces) {
        this.spaces = spaces;
    }

    public record Item(UUID id, String title, String purpose) {
    }

    @Transactional
    public List<Item> list(Actor actor) {
        return spaces.spacesOf(actor.organisationId(), actor.personId()).stream()
                .map(s -> new Item(s.id(), s.title(), s.purpose())).toList();
    }
}
