package org.thirdspace.application.peergroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.space.SpaceAccess;
import org.thirdspace.community.peergroup.programme.FormationRun;
import org.thirdspace.community.peergroup.programme.Programme;
import org.thirdspace.community.peergroup.programme.Programmes;
import org.thirdspace.community.space.SpacePolicy;

import java.util.UUID;

/**
 * Who may run a space's programme: its facilitators, in their own organisation (another
 * organisation's space is not found, as everywhere).
 */
@ApplicationScoped
public class ProgrammeAccess {

    private SpaceAccess access;
    private Programmes programmes;

    protected ProgrammeAccess() {
    }

    @Inject
    public ProgrammeAccess(SpaceAccess access, Programmes programmes) {
        this.access = access;
        this.programmes = programmes;
    }

    public SpaceAccess.InSpace facilitator(Actor actor, UUID spaceId) {
        SpaceAccess.InSpace in = access.member(actor, spaceId);
        if (!SpacePolicy.mayFacilitate(in.membership())) {
            throw new AccessDenied("only the space's facilitators run its peer-group programme");
        }
        return in;
    }

    /** The space's programme, for one of its facilitators. */
    public Programme programme(Actor actor, UUID spaceId) {
        facilitator(actor, spaceId);
        return programmes.ofSpace(spaceId).orElseThrow(() -> new NotFound("the space has no peer-group programme yet"));
    }

    /** A run of the space's programme, for one of its facilitators. */
    public FormationRun run(Actor actor, UUID spaceId, UUID runId) {
        Programme programme = programme(actor, spaceId);
        return programmes.run(runId).filter(r -> r.programmeId().equals(programme.id()))
                .orElseThrow(() -> new NotFound("no such formation in this space"));
    }
}
