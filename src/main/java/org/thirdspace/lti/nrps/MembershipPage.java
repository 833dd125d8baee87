package org.thirdspace.lti.nrps;

import org.thirdspace.community.roster.RosterMember;

import java.net.URI;
import java.util.List;

/**
 * One page of a membership container (NRPS 2.0 §2.4): its members, the {@code next} page (null on
 * the last) and the {@code differences} link (null when the platform offers none), and what was
 * left out of it and why.
 */
public record MembershipPage(List<RosterMember> members, URI next, URI differences, int problems, String lastProblem) {

    public MembershipPage {
        members = List.copyOf(members);
    }
}
