package org.thirdspace.application.roster;

import org.thirdspace.community.roster.RosterSync;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A roster sync run as the API shows it. */
public record RosterSyncView(UUID id, UUID organisationId, UUID courseId, String trigger, String requestedBy, String mode,
                             String state, String node, int pagesFetched, int membersApplied, int membersAdded,
                             int membersUpdated, int membersDeactivated, int groupsImported, Integer expectedMembers,
                             int warnings, String lastWarning, String error, Instant startedAt, Instant heartbeatAt,
                             Instant finishedAt) {

    /** What people who teach the course see: the run without the server it ran on. */
    public static RosterSyncView forFacilitators(RosterSync s) {
        RosterSyncView full = of(s);
        return full == null ? null : new RosterSyncView(full.id(), full.organisationId(), full.courseId(), full.trigger(),
                full.requestedBy(), full.mode(), full.state(), null, full.pagesFetched(), full.membersApplied(), full.membersAdded(),
                full.membersUpdated(), full.membersDeactivated(), full.groupsImported(), full.expectedMembers(), full.warnings(),
                full.lastWarning(), full.error(), full.startedAt(), full.heartbeatAt(), full.finishedAt());
    }

    public static RosterSyncView of(RosterSync s) {
        if (s == null) {
            return null;
        }
        return new RosterSyncView(s.id(), s.organisationId(), s.courseId(), lower(s.trigger()), s.requestedBy(), lower(s.mode()),
                lower(s.state()), s.node(), s.pagesFetched(), s.membersApplied(), s.membersAdded(), s.membersUpdated(),
                s.membersDeactivated(), s.groupsImported(), s.expectedMembers(), s.warnings(), s.lastWarning(), s.error(),
                s.createdAt(), s.heartbeatAt(), s.finishedAt());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
