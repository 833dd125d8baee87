package org.thirdspace.application.lms;

import org.thirdspace.community.roster.RosterMember;

import java.net.URI;
import java.util.List;

/**
 * One page of a course's roster as the LMS listed it (with NRPS 2.0, a page of a membership
 * container, §2.4): its members, the {@code next} page (null on the last) and the
 * {@code differences} link (null when the platform offers none), and how many members were left out
 * of it and why.
 */
public record RosterPage(List<RosterMember> members, URI next, URI differences, int problems, String lastProblem) {

    public RosterPage {
        members = List.copyOf(members);
    }
}
