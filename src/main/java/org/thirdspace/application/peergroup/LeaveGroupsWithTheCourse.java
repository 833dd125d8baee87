package org.thirdspace.application.peergroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.thirdspace.application.roster.CourseMembersLeft;
import org.thirdspace.community.course.Courses;
import org.thirdspace.community.course.CourseMembership;
import org.thirdspace.community.peergroup.PeerGroup;
import org.thirdspace.community.peergroup.PeerGroups;
import org.thirdspace.community.peergroup.programme.Programme;
import org.thirdspace.community.peergroup.programme.Programmes;

import java.util.UUID;
import java.util.logging.Logger;

/**
 * People the roster sync found gone from a course (they left it in the LMS) leave the peer groups
 * of the programmes that course feeds, at that sync, as a member leaving by themselves does
 * ({@link LeavePeerGroup}): they no longer see the group nor are listed in it, and what they wrote
 * stays with it. In the sync's own transaction, so that losing the course and losing the group
 * happen together or not at all. Someone still learning in another course of the programme stays.
 * A group that falls below the viable size by this is offered a re-formation, as any other
 * ({@link ReformRound}).
 */
@ApplicationScoped
public class LeaveGroupsWithTheCourse {

    private static final Logger LOG = Logger.getLogger(LeaveGroupsWithTheCourse.class.getName());

    private PeerGroups peerGroups;
    private Programmes programmes;
    private Courses courses;

    protected LeaveGroupsWithTheCourse() {
    }

    @Inject
    public LeaveGroupsWithTheCourse(PeerGroups peerGroups, Programmes programmes, Courses courses) {
        this.peerGroups = peerGroups;
        this.programmes = programmes;
        this.courses = courses;
    }

    void onLeft(@Observes CourseMembersLeft left) {
        for (UUID person : left.personIds()) {
            for (UUID groupId : peerGroups.groupsOf(person)) {
                peerGroups.find(groupId).filter(group -> group.roundId() != null).ifPresent(group -> leave(group, person, left.courseId()));
            }
        }
    }

    private void leave(PeerGroup group, UUID person, UUID courseId) {
        programmes.ofSpace(group.spaceId())
                .filter(programme -> programme.courseIds().contains(courseId))
                .filter(programme -> !learnsElsewhere(programme, person, courseId))
                .ifPresent(programme -> {
                    peerGroups.removeMember(group.id(), person);
                    LOG.info(() -> "Person " + person + " left course " + courseId + " in the LMS: out of peer group " + group.id()
                            + " of programme " + programme.id());
                });
    }

    private boolean learnsElsewhere(Programme programme, UUID person, UUID courseId) {
        return programme.courseIds().stream().filter(c -> !c.equals(courseId))
                .anyMatch(c -> courses.membership(c, person).filter(CourseMembership::isActive).isPresent());
    }
}
