package org.thirdspace.application.roster;

import org.thirdspace.application.lms.PlatformAccount;
import org.thirdspace.community.roster.RosterServices;

import java.time.Instant;
import java.util.UUID;

/** What a run works from, read once when it starts: whose roster, where from, as which client. */
record RosterPlan(UUID syncId, UUID organisationId, UUID courseId, PlatformAccount account, RosterServices services,
                  String differencesUrl, Instant startedAt) {
}
