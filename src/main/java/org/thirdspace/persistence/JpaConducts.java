package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.moderation.ConductVersion;
import org.thirdspace.community.moderation.Conducts;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Codes of conduct and acceptances in the database. */
@ApplicationScoped
@Transactional
public class JpaConducts implements Conducts {

    private EntityManager em;

    protected JpaConducts() {
    }

    @Inject
    public JpaConducts(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<ConductVersion> latest(UUID scopeId) {
        // Native, with LIMIT in the text: it runs before every write (see JpaDiscussions on setMaxResults).
        return new NativeQuery().sql("select * from conduct_version c where c.scope_id = ? order by c.version desc limit 1", scopeId)
                .entities(em, ConductVersion.class).stream().findFirst();
    }

    @Override
    public void add(ConductVersion version) {
        em.persist(version);
        // Two writers of the same next version: the unique (scope, version) index refuses the second.
        em.flush();
    }

    @Override
    public boolean accepted(UUID spaceId, UUID personId, UUID scopeId, int version) {
        return !new NativeQuery().sql("select 1 from conduct_acceptance where space_id = ? and person_id = ? and scope_id = ?"
                + " and version = ?", spaceId, personId, scopeId, version).rows(em).isEmpty();
    }

    @Override
    public void accept(UUID spaceId, UUID personId, UUID scopeId, int version, Instant now) {
        new NativeQuery().sql("insert into conduct_acceptance (id, space_id, person_id, scope_id, version, accepted_at)"
                        + " values (?, ?, ?, ?, ?, ?) on conflict do nothing",
                TimeOrderedUuid.next(), spaceId, personId, scopeId, version, now).execute(em);
    }
}
