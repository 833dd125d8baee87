package org.thirdspace.http.session;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.session.RevocationRecords;
import org.thirdspace.application.session.SessionRevocation;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.config.ToolSettings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SessionRevocationsTest {

    /** The database both nodes share, in memory. */
    static final class SharedRecords implements RevocationRecords {
        final List<Object[]> rows = new ArrayList<>();
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public synchronized void record(SessionRevocation revocation, Instant now, Runnable whenCommitted) {
            rows.add(new Object[] {revocation, now});
            whenCommitted.run();
        }

        @Override
        public synchronized List<SessionRevocation> recordedSince(Instant since, Instant now) {
            reads.incrementAndGet();
            return rows.stream().filter(r -> ((Instant) r[1]).isAfter(since) && ((SessionRevocation) r[0]).expiresAt().isAfter(now))
                    .map(r -> (SessionRevocation) r[0]).toList();
        }

        @Override
        public int purge(Instant now) {
            return 0;
        }
    }

    static SessionRevocations node(RevocationRecords records) {
        return new SessionRevocations(records, ToolSettings.of(Map.of()));
    }

    final UUID organisation = UUID.randomUUID();
    final UUID person = UUID.randomUUID();
    final Instant launched = Instant.now().minusSeconds(60);
    final ToolSession session = new ToolSession("s1", organisation, person, null, null, RoleSet.NONE, null, launched, launched,
            launched.plusSeconds(3600));

    @Test
    void aRevocationAppliesAtOnceOnItsNodeAndCheckingCostsNoReadPerRequest() {
        SharedRecords records = new SharedRecords();
        SessionRevocations a = node(records);
        Instant now = Instant.now();
        assertThat(a.allows(session, now)).isTrue();
        for (int i = 0; i < 1000; i++) {
            a.allows(session, now);
        }
        assertThat(records.reads.get()).as("one read for a thousand checks").isEqualTo(1);
        a.signOut(session, now);
        assertThat(a.allows(session, now)).isFalse();
    }

    @Test
    void anotherNodeSeesTheRevocationOnceItsCopyIsOlderThanTheBound() throws Exception {
        SharedRecords records = new SharedRecords();
        SessionRevocations a = node(records);
        SessionRevocations b = node(records);
        Instant now = Instant.now();
        assertThat(b.allows(session, now)).isTrue();
        a.endSessionsOfPerson(person, now);
        assertThat(a.allows(session, now)).isFalse();
        // Node B read just before: it may accept the token until its copy is MAX_STALENESS old.
        Thread.sleep(SessionRevocations.MAX_STALENESS.toMillis() + 50);
        assertThat(b.allows(session, Instant.now())).isFalse();
    }

    @Test
    void aRenewalRefusesOnlyTheTokensItReplaced() {
        SessionRevocations a = node(new SharedRecords());
        Instant now = Instant.now();
        ToolSession renewed = session.renewedAt(now, now.plusSeconds(3600));
        a.renewed(renewed, now);
        assertThat(a.allows(session, now)).isFalse();
        assertThat(a.allows(renewed, now)).isTrue();
        ToolSession other = new ToolSession("s2", organisation, person, null, null, RoleSet.NONE, null, launched, launched,
                launched.plusSeconds(3600));
        assertThat(a.allows(other, now)).as("another session of the same person").isTrue();
    }

    @Test
    void anOrganisationsRevocationSparesSessionsLaunchedAfterIt() {
        SessionRevocations a = node(new SharedRecords());
        Instant now = Instant.now();
        a.endSessionsOfOrganisation(organisation, now);
        assertThat(a.allows(session, now)).isFalse();
        ToolSession later = new ToolSession("s3", organisation, person, null, null, RoleSet.NONE, null, now.plusMillis(5),
                now.plusMillis(5), now.plusSeconds(3600));
        assertThat(a.allows(later, now.plusMillis(5))).isTrue();
        ToolSession elsewhere = new ToolSession("s4", UUID.randomUUID(), UUID.randomUUID(), null, null, RoleSet.NONE, null, launched,
                launched, launched.plusSeconds(3600));
        assertThat(a.allows(elsewhere, now)).isTrue();
    }
}
