package org.thirdspace.application.peergroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.community.peergroup.formation.Budget;
import org.thirdspace.community.peergroup.formation.Edit;
import org.thirdspace.community.peergroup.formation.EditRefused;
import org.thirdspace.community.peergroup.formation.FormationRequest;
import org.thirdspace.community.peergroup.formation.PeerGroupFormation;
import org.thirdspace.community.peergroup.formation.Proposal;
import org.thirdspace.community.peergroup.programme.DraftMember;
import org.thirdspace.community.peergroup.programme.FormationRun;
import org.thirdspace.community.peergroup.programme.FormationState;
import org.thirdspace.community.peergroup.programme.Programme;
import org.thirdspace.community.peergroup.programme.Programmes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A facilitator moves, swaps or locks people in a draft; the engine keeps everyone they placed or
 * locked where they are and re-optimises the rest within its editing budget (60 ms). An edit that
 * breaks a hard constraint or the size bounds is refused with the constraint, and the draft stays
 * as it was.
 */
@ApplicationScoped
public class EditFormation {

    private ProgrammeAccess access;
    private Programmes programmes;
    private ShowFormation show;

    protected EditFormation() {
    }

    @Inject
    public EditFormation(ProgrammeAccess access, Programmes programmes, ShowFormation show) {
        this.access = access;
        this.programmes = programmes;
        this.show = show;
    }

    /**
     * @param kind   MOVE (person into group), SWAP (person with other) or LOCK (person)
     */
    public record Request(String kind, UUID person, UUID other, Integer group) {
    }

    @Transactional
    public ShowFormation.FormationView edit(Actor actor, UUID spaceId, UUID runId, Request request, Instant now) {
        Programme programme = access.programme(actor, spaceId);
        FormationRun run = access.run(actor, spaceId, runId);
        if (run.state() != FormationState.READY) {
            throw new Conflict("only a ready draft can be edited; this formation is " + run.state());
        }
        if (request == null || request.kind() == null || request.person() == null) {
            throw new InvalidRequest("kind", "an edit needs a kind (MOVE, SWAP or LOCK) and a person");
        }
        Edit edit = switch (request.kind().strip().toUpperCase(Locale.ROOT)) {
            case "MOVE" -> {
                if (request.group() == null) {
                    throw new InvalidRequest("group", "a move needs the group's number");
                }
                yield new Edit.Move(request.person().toString(), request.group());
            }
            case "SWAP" -> {
                if (request.other() == null) {
                    throw new InvalidRequest("other", "a swap needs the other person");
                }
                yield new Edit.Swap(request.person().toString(), request.other().toString());
            }
            case "LOCK" -> new Edit.Lock(request.person().toString());
            default -> throw new InvalidRequest("kind", "an edit is a MOVE, SWAP or LOCK");
        };
        List<DraftMember> draft = programmes.draft(runId);
        Map<UUID, Map<String, String>> values = FormationInput.values(draft);
        FormationRequest formation = FormationInput.request(programme, values, programmes.pastRounds(programme.id()),
                run.seed(), Budget.EDITING, now);
        // Those locked by earlier edits stay where they are: they are locked again, before this edit.
        List<Edit> edits = new ArrayList<>();
        Set<UUID> locked = new HashSet<>();
        for (DraftMember m : draft) {
            if (m.locked() && m.group() != null) {
                edits.add(new Edit.Lock(m.personId().toString()));
                locked.add(m.personId());
            }
        }
        edits.add(edit);
        Proposal proposal;
        try {
            proposal = PeerGroupFormation.reoptimise(formation,
                    FormationInput.proposal(draft, FormationInput.report(run.report())), edits);
        } catch (EditRefused e) {
            if (e.constraint() == null) {
                // It names someone or a group the draft does not have.
                throw new InvalidRequest(request.kind().strip().equalsIgnoreCase("MOVE") ? "group" : "person",
                        "the edit is refused: " + e.getMessage());
            }
            throw new Conflict("the edit is refused: " + e.getMessage()
                    + (e.constraint() == null ? "" : " (" + e.constraint().name() + ")"));
        }
        locked.add(request.person());
        if (request.other() != null && edit instanceof Edit.Swap) {
            locked.add(request.other());
        }
        programmes.replaceDraft(runId, FormationInput.draft(proposal, values, locked));
        return show.view(actor, programme, run);
    }
}
