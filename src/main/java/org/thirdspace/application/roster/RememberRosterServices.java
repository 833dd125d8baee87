package org.thirdspace.application.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.community.roster.CourseRoster;
import org.thirdspace.community.roster.RosterServices;
import org.thirdspace.community.roster.Rosters;

import java.time.Instant;
import java.util.UUID;

/**
 * After a launch: remembers the roster and groups services it offered for its course, writing only
 * when they changed, so that repeated launches cost one read.
 */
@ApplicationScoped
public class RememberRosterServices {

    @Inject
    Rosters rosters;

    @Transactional
    public void remember(UUID courseId, RosterServices services) {
        Instant now = Instant.now();
        CourseRoster roster = rosters.roster(courseId).orElse(null);
        if (roster == null) {
            rosters.add(new CourseRoster(courseId, services, now));
        } else {
            roster.offer(services, now);
        }
    }
}
