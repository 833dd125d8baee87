package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.digest.DigestDelivery;
import org.thirdspace.community.digest.DigestFrequency;
import org.thirdspace.community.digest.DigestRecipient;
import org.thirdspace.community.digest.Digests;
import org.thirdspace.community.person.PersonStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Digest preferences, sends and the job lease, in SQL: a person without a subscription row has the
 * default frequency and has been covered since they arrived. Upserts are an insert that does
 * nothing on conflict followed by an update, which both databases run alike; a digest sent, the
 * run's hot path, updates first and inserts only for someone's very first digest.
 */
@ApplicationScoped
@Transactional
public class JpaDigests implements Digests {

    private EntityManager em;

    protected JpaDigests() {
    }

    @Inject
    public JpaDigests(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<DigestFrequency> preference(UUID personId) {
        return new NativeQuery().sql("select frequency from digest_subscription where person_id = ?", personId).rows(em).stream()
                .map(r -> r[0]).filter(f -> f != null).findFirst().flatMap(f -> DigestFrequency.of(f.toString()));
    }

    @Override
    public void prefer(UUID personId, DigestFrequency frequency, Instant now) {
        ensureRow(personId, now);
        new NativeQuery().sql("update digest_subscription set frequency = ?, updated_at = ? where person_id = ?", frequency.name(), now, personId)
                .execute(em);
    }

    private void ensureRow(UUID personId, Instant now) {
        new NativeQuery().sql("insert into digest_subscription (person_id, failures, updated_at) values (?, 0, ?) on conflict do nothing",
                personId, now).execute(em);
    }

    @Override
    public List<DigestRecipient> due(Instant now, Duration day, DigestFrequency byDefault, UUID after, int limit) {
        // A person's own choice, else their organisation's default (V20), else the tool's.
        String frequency = "coalesce(s.frequency, d.digest_default, '" + byDefault.name() + "')";
        String since = "coalesce(s.covered_until, p.created_at)";
        NativeQuery query = new NativeQuery().sql("select p.id, p.organisation_id, p.email, p.locale, " + frequency + ", " + since + ", s.failures"
                        + " from person p left join digest_subscription s on s.person_id = p.id"
                        + " left join organisation_defaults d on d.organisation_id = p.organisation_id"
                        + " where p.status = ? and p.email is not null and p.email <> ''"
                        + " and (s.next_attempt_at is null or s.next_attempt_at <= ?)"
                        + " and ((" + frequency + " = 'DAILY' and " + since + " <= ?) or (" + frequency + " = 'WEEKLY' and " + since + " <= ?))",
                PersonStatus.ACTIVE.name(), now, now.minus(DigestFrequency.DAILY.period(day)), now.minus(DigestFrequency.WEEKLY.period(day)));
        if (after != null) {
            query.sql(" and p.id > ?", after);
        }
        return query.sql(" order by p.id limit ?", limit).rows(em).stream()
                .map(r -> new DigestRecipient(NativeQuery.uuid(r[0]), NativeQuery.uuid(r[1]), (String) r[2], (String) r[3],
                        DigestFrequency.valueOf(r[4].toString().trim()), NativeQuery.instant(r[5]), (int) NativeQuery.number(r[6])))
                .toList();
    }

    @Override
    public boolean recordSent(DigestDelivery d) {
        int inserted = new NativeQuery().sql("insert into digest_delivery (id, person_id, idempotency_key, covered_from, covered_until, items,"
                        + " message_id, sent_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                d.id(), d.personId(), d.idempotencyKey(), d.coveredFrom(), d.coveredUntil(), d.items(), d.messageId(), d.sentAt()).execute(em);
        if (inserted == 0) {
            return false;
        }
        // Most people have their row after their first digest: one statement then, two the first time.
        if (covered(d) == 0) {
            ensureRow(d.personId(), d.sentAt());
            covered(d);
        }
        return true;
    }

    private int covered(DigestDelivery d) {
        return new NativeQuery().sql("update digest_subscription set covered_until = ?, failures = 0, next_attempt_at = null, updated_at = ?"
                + " where person_id = ?", d.coveredUntil(), d.sentAt(), d.personId()).execute(em);
    }

    @Override
    public void nothingToSend(Collection<DigestRecipient> recipients, Instant coveredUntil) {
        List<UUID> ids = recipients.stream().map(DigestRecipient::personId).toList();
        for (int from = 0; from < ids.size(); from += JpaRosters.CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + JpaRosters.CHUNK));
            new NativeQuery().sql("insert into digest_subscription (person_id, failures, updated_at) select p.id, 0, ? from person p"
                    + " where not exists (select 1 from digest_subscription s where s.person_id = p.id) and p.id in ", coveredUntil)
                    .in(chunk).execute(em);
            new NativeQuery().sql("update digest_subscription set covered_until = ?, failures = 0, next_attempt_at = null, updated_at = ?"
                    + " where person_id in ", coveredUntil, coveredUntil).in(chunk).execute(em);
        }
    }

    @Override
    public void failed(DigestRecipient recipient, Instant nextAttempt, Instant now) {
        ensureRow(recipient.personId(), now);
        new NativeQuery().sql("update digest_subscription set failures = failures + 1, next_attempt_at = ?, updated_at = ?,"
                        + " covered_until = coalesce(covered_until, ?) where person_id = ?",
                nextAttempt, now, recipient.coveredFrom(), recipient.personId()).execute(em);
    }

    @Override
    public List<DigestDelivery> sentTo(UUID personId, int limit) {
        return new NativeQuery().sql("select id, person_id, idempotency_key, covered_from, covered_until, items, message_id, sent_at"
                        + " from digest_delivery where person_id = ? order by sent_at desc limit ?", personId, limit)
                .rows(em).stream()
                .map(r -> new DigestDelivery(NativeQuery.uuid(r[0]), NativeQuery.uuid(r[1]), (String) r[2], NativeQuery.instant(r[3]),
                        NativeQuery.instant(r[4]), (int) NativeQuery.number(r[5]), (String) r[6], NativeQuery.instant(r[7])))
                .toList();
    }

    @Override
    public boolean lease(String job, String holder, Instant now, Instant until) {
        return new NativeQuery().sql("update job_lease set holder = ?, lease_until = ? where job = ?"
                        + " and (holder is null or holder = ? or lease_until is null or lease_until < ?)", holder, until, job, holder, now)
                .execute(em) == 1;
    }

    @Override
    public void release(String job, String holder) {
        new NativeQuery().sql("update job_lease set holder = null, lease_until = null where job = ? and holder = ?", job, holder).execute(em);
    }
}
