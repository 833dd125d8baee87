package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.peergroup.PeerGroup;
import org.thirdspace.community.peergroup.PeerGroups;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class JpaPeerGroups implements PeerGroups {

    private EntityManager em;

    protected JpaPeerGroups() {
    }

    @Inject
    public JpaPeerGroups(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(PeerGroup group) {
        em.persist(group);
        em.flush();
    }

    @Override
    public Optional<PeerGroup> find(UUID groupId) {
        return Optional.ofNullable(em.find(PeerGroup.class, groupId));
    }

    @Override
    public List<PeerGroup> ofSpace(UUID spaceId) {
        return em.createQuery("select g from PeerGroup g where g.spaceId = :space order by g.name", PeerGroup.class)
                .setParameter("space", spaceId).getResultList();
    }

    @Override
    public List<UUID> groupsOf(UUID personId) {
        return new NativeQuery().sql("select peer_group_id from peer_group_member where person_id = ?", personId)
                .rows(em).stream().map(r -> NativeQuery.uuid(r[0])).toList();
    }

    @Override
    public java.util.Map<UUID, List<UUID>> groupsOf(java.util.Collection<UUID> personIds) {
        java.util.Map<UUID, List<UUID>> all = new java.util.LinkedHashMap<>();
        personIds.forEach(person -> all.put(person, new java.util.ArrayList<>()));
        for (List<UUID> chunk : JpaRosters.chunks(List.copyOf(all.keySet()))) {
            for (Object[] row : new NativeQuery().sql("select person_id, peer_group_id from peer_group_member where person_id in ")
                    .in(chunk).rows(em)) {
                all.get(NativeQuery.uuid(row[0])).add(NativeQuery.uuid(row[1]));
            }
        }
        return all;
    }

    @Override
    public void addMember(UUID groupId, UUID personId, Instant now) {
        new NativeQuery().sql("insert into peer_group_member (peer_group_id, person_id, added_at) values (?, ?, ?) on conflict do nothing",
                groupId, personId, now).execute(em);
    }

    @Override
    public List<UUID> members(UUID groupId) {
        return new NativeQuery().sql("select person_id from peer_group_member where peer_group_id = ?", groupId)
                .rows(em).stream().map(r -> NativeQuery.uuid(r[0])).toList();
    }

    @Override
    public void removeMember(UUID groupId, UUID personId) {
        // Kept as a past member: the people of the group still count as met (Programmes.pastRounds).
        new NativeQuery().sql("insert into peer_group_past_member (peer_group_id, person_id, added_at) select peer_group_id, person_id,"
                + " added_at from peer_group_member where peer_group_id = ? and person_id = ? on conflict do nothing", groupId, personId)
                .execute(em);
        new NativeQuery().sql("delete from peer_group_member where peer_group_id = ? and person_id = ?", groupId, personId).execute(em);
    }

    @Override
    public List<PeerGroup> ofRound(UUID roundId) {
        // Named "Round r · Group n" (PublishFormation): by length first, so that group 10 follows group 9.
        return em.createQuery("select g from PeerGroup g where g.roundId = :round order by length(g.name), g.name", PeerGroup.class)
                .setParameter("round", roundId).getResultList();
    }
}
