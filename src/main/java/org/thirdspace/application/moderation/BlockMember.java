package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.moderation.PersonalControls;
import org.thirdspace.community.person.People;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person blocks someone of their organisation: that person's posts come collapsed for them, and
 * that person's mentions of them are not delivered. Nobody else sees a block, the blocked person
 * included.
 */
@ApplicationScoped
public class BlockMember {

    private People people;
    private PersonalControls controls;

    protected BlockMember() {
    }

    @Inject
    public BlockMember(People people, PersonalControls controls) {
        this.people = people;
        this.controls = controls;
    }

    @Transactional
    public void block(Actor actor, UUID personId, boolean block, Instant now) {
        if (actor.personId().equals(personId)) {
            throw new InvalidRequest("personId", "you cannot block yourself");
        }
        people.find(actor.organisationId(), personId).orElseThrow(() -> new NotFound("no such person"));
        if (block) {
            controls.block(actor.personId(), personId, now);
        } else {
            controls.unblock(actor.personId(), personId);
        }
    }

    @Transactional
    public List<UUID> blocked(Actor actor) {
        return controls.blockedBy(actor.personId()).stream().sorted().toList();
    }
}
