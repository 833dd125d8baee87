package org.thirdspace.application.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.community.roster.CourseRoster;
import org.thirdspace.community.roster.RosterServices;
import org.thirdspace.community.roster.Rosters;
import org.thirdspace.config.ToolSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * After a launch: remembers the roster and groups services it offered for its course, writing only
 * when they changed, so that repeated launches cost one read — and says whether the course's roster
 * is due for a sync (stale, and nobody syncing it).
 */
@ApplicationScoped
public class RememberRosterServices {

    private Rosters rosters;
    private ToolSettings settings;

    protected RememberRosterServices() {
    }

    @Inject
    public RememberRosterServices(Rosters rosters, ToolSettings settings) {
        this.rosters = rosters;
        this.settings = settings;
    }

    @Transactional
    public boolean remember(UUID courseId, RosterServices services) {
        Instant now = Instant.now();
        CourseRoster roster = rosters.roster(courseId).orElse(null);
        if (roster == null) {
            roster = new CourseRoster(courseId, services, now);
            rosters.add(roster);
        } else {
            roster.offer(services, now);
        }
        Duration staleAfter = settings.rosterStaleAfter();
        return !staleAfter.isZero() && roster.isStale(now, staleAfter) && !roster.looksLeased(now);
    }
}
