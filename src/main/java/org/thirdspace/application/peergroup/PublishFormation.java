package org.thirdspace.application.peergroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.discussion.SeedTopic;
import org.thirdspace.community.peergroup.PeerGroup;
import org.thirdspace.community.peergroup.PeerGroups;
import org.thirdspace.community.peergroup.programme.DraftMember;
import org.thirdspace.community.peergroup.programme.FormationRun;
import org.thirdspace.community.peergroup.programme.FormationState;
import org.thirdspace.community.peergroup.programme.Programme;
import org.thirdspace.community.peergroup.programme.Programmes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A facilitator publishes a ready draft: in one transaction it becomes the programme's next round,
 * a peer group per draft group with its members, and the programme's starter prompts seeded as
 * threads in every group's audience (its members only see them). Either all of it is written or
 * none of it.
 */
@ApplicationScoped
public class PublishFormation {

    private ProgrammeAccess access;
    private Programmes programmes;
    private PeerGroups peerGroups;
    private SeedTopic seedTopic;

    protected PublishFormation() {
    }

    @Inject
    public PublishFormation(ProgrammeAccess access, Programmes programmes, PeerGroups peerGroups, SeedTopic seedTopic) {
        this.access = access;
        this.programmes = programmes;
        this.peerGroups = peerGroups;
        this.seedTopic = seedTopic;
    }

    public record Published(int round, List<UUID> groups) {
    }

    @Transactional
    public Published publish(Actor actor, UUID spaceId, UUID runId, Instant now) {
        Programme programme = access.programme(actor, spaceId);
        FormationRun run = access.run(actor, spaceId, runId);
        if (run.state() != FormationState.READY) {
            throw new Conflict("only a ready draft can be published; this formation is " + run.state());
        }
        Map<Integer, List<UUID>> groups = new TreeMap<>();
        for (DraftMember m : programmes.draft(runId)) {
            if (m.group() != null) {
                groups.computeIfAbsent(m.group(), g -> new ArrayList<>()).add(m.personId());
            }
        }
        if (groups.isEmpty()) {
            throw new Conflict("the draft has no group to publish");
        }
        int round = programmes.roundCount(programme.id()) + 1;
        UUID roundId = programmes.addRound(programme.id(), round, runId, actor.personId(), now);
        List<UUID> created = new ArrayList<>();
        for (Map.Entry<Integer, List<UUID>> e : groups.entrySet()) {
            PeerGroup group = new PeerGroup(spaceId, "Round " + round + " · Group " + e.getKey(), roundId, now);
            peerGroups.add(group);
            e.getValue().forEach(person -> peerGroups.addMember(group.id(), person, now));
            for (String prompt : programme.starterPrompts()) {
                seedTopic.intoPeerGroup(actor, spaceId, group.id(), prompt, now);
            }
            created.add(group.id());
        }
        programmes.published(runId);
        return new Published(round, created);
    }
}
