package org.thirdspace.community.roster;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RosterSyncTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private static RosterSync run() {
        return new RosterSync(UUID.randomUUID(), UUID.randomUUID(), RosterSyncTrigger.FACILITATOR, "person:x", "node-1", 100, NOW);
    }

    @Test
    void progressAddsUpPageByPage() {
        RosterSync sync = run();
        sync.pageApplied(new RosterPageOutcome(100, 10, 5, 1, 0, null), NOW.plusSeconds(1));
        sync.pageApplied(new RosterPageOutcome(50, 2, 0, 0, 2, "member 7 was left out"), NOW.plusSeconds(2));
        sync.absentDeactivated(3, NOW.plusSeconds(3));
        assertThat(sync.pagesFetched()).isEqualTo(2);
        assertThat(sync.membersApplied()).isEqualTo(150);
        assertThat(sync.membersAdded()).isEqualTo(12);
        assertThat(sync.membersUpdated()).isEqualTo(5);
        assertThat(sync.membersDeactivated()).isEqualTo(4);
        assertThat(sync.warnings()).isEqualTo(2);
        assertThat(sync.lastWarning()).isEqualTo("member 7 was left out");
        assertThat(sync.heartbeatAt()).isEqualTo(NOW.plusSeconds(3));
        assertThat(sync.isRunning()).isTrue();
    }

    @Test
    void aFinishedRunStaysAsItEnded() {
        RosterSync sync = run();
        sync.fail("x".repeat(3000), NOW.plusSeconds(9));
        assertThat(sync.state()).isEqualTo(RosterSyncState.FAILED);
        assertThat(sync.error()).hasSize(2000);
        assertThat(sync.finishedAt()).isEqualTo(NOW.plusSeconds(9));
        sync.fail("another reason", NOW.plusSeconds(10));
        assertThat(sync.finishedAt()).isEqualTo(NOW.plusSeconds(9));
        assertThatThrownBy(() -> sync.succeed(NOW)).isInstanceOf(IllegalStateException.class);
    }
}
