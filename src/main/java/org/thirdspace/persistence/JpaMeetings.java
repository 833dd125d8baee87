package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.peergroup.MeetingRecord;
import org.thirdspace.community.peergroup.MeetingSeries;
import org.thirdspace.community.peergroup.Meetings;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class JpaMeetings implements Meetings {

    private EntityManager em;

    protected JpaMeetings() {
    }

    @Inject
    public JpaMeetings(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<MeetingSeries> series(UUID peerGroupId) {
        return Optional.ofNullable(em.find(MeetingSeries.class, peerGroupId));
    }

    @Override
    public void add(MeetingSeries series) {
        em.persist(series);
        em.flush();
    }

    @Override
    public Optional<MeetingRecord> record(UUID peerGroupId, int occurrence) {
        return em.createQuery("select r from MeetingRecord r where r.peerGroupId = :group and r.occurrence = :n", MeetingRecord.class)
                .setParameter("group", peerGroupId).setParameter("n", occurrence).getResultStream().findFirst();
    }

    @Override
    public void add(MeetingRecord record) {
        em.persist(record);
        em.flush();
    }

    @Override
    public List<MeetingRecord> records(UUID peerGroupId, int limit) {
        return em.createQuery("select r from MeetingRecord r where r.peerGroupId = :group order by r.occurrence desc", MeetingRecord.class)
                .setParameter("group", peerGroupId).setMaxResults(limit).getResultList();
    }
}
