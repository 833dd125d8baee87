package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.moderation.WatchTerm;
import org.thirdspace.community.moderation.WatchTerms;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Watch-list terms in the database. */
@ApplicationScoped
@Transactional
public class JpaWatchTerms implements WatchTerms {

    private EntityManager em;

    protected JpaWatchTerms() {
    }

    @Inject
    public JpaWatchTerms(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(WatchTerm term) {
        em.persist(term);
        em.flush();
    }

    @Override
    public List<WatchTerm> watchTerms(UUID organisationId) {
        return em.createQuery("select w from WatchTerm w where w.organisationId = :org order by w.term", WatchTerm.class)
                .setParameter("org", organisationId).setMaxResults(1000).getResultList();
    }

    @Override
    public Optional<WatchTerm> watchTerm(UUID termId) {
        return Optional.ofNullable(em.find(WatchTerm.class, termId));
    }

    @Override
    public void remove(WatchTerm term) {
        em.remove(term);
    }
}
