package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.notification.FollowTarget;
import org.thirdspace.community.notification.Notification;
import org.thirdspace.community.notification.NotificationKind;
import org.thirdspace.community.notification.Notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class JpaNotifications implements Notifications {

    private EntityManager em;

    protected JpaNotifications() {
    }

    @Inject
    public JpaNotifications(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Notification notification) {
        em.persist(notification);
    }

    @Override
    public List<Notification> recent(UUID personId, boolean mentionsOnly, int limit) {
        String kind = mentionsOnly ? " and n.kind = :kind" : "";
        var query = em.createQuery("select n from Notification n where n.personId = :person" + kind + " order by n.createdAt desc",
                Notification.class).setParameter("person", personId).setMaxResults(limit);
        if (mentionsOnly) {
            query.setParameter("kind", NotificationKind.MENTION);
        }
        return query.getResultList();
    }

    @Override
    public long unread(UUID personId) {
        return em.createQuery("select count(n) from Notification n where n.personId = :person and n.readAt is null", Long.class)
                .setParameter("person", personId).getSingleResult();
    }

    @Override
    public List<Notification> unreadBetween(Collection<UUID> personIds, Set<NotificationKind> kinds, Instant since, Instant until) {
        if (personIds.isEmpty() || kinds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select n from Notification n where n.personId in :people and n.kind in :kinds and n.readAt is null"
                        + " and n.createdAt > :since and n.createdAt <= :until order by n.createdAt", Notification.class)
                .setParameter("people", personIds).setParameter("kinds", kinds)
                .setParameter("since", since).setParameter("until", until)
                .setHint("eclipselink.read-only", true)
                .getResultList();
    }

    @Override
    public void markRead(UUID personId, Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        new NativeQuery().sql("update notification set read_at = ? where person_id = ? and read_at is null and id in ", now, personId)
                .in(ids).execute(em);
    }

    @Override
    public void follow(UUID personId, FollowTarget target, UUID targetId, Instant now) {
        new NativeQuery().sql("insert into follow (person_id, target_kind, target_id, created_at) values (?, ?, ?, ?) on conflict do nothing",
                personId, target.name(), targetId, now).execute(em);
    }

    @Override
    public void unfollow(UUID personId, FollowTarget target, UUID targetId) {
        new NativeQuery().sql("delete from follow where person_id = ? and target_kind = ? and target_id = ?", personId, target.name(), targetId)
                .execute(em);
    }

    @Override
    public boolean follows(UUID personId, FollowTarget target, UUID targetId) {
        return !new NativeQuery().sql("select 1 from follow where person_id = ? and target_kind = ? and target_id = ?",
                personId, target.name(), targetId).rows(em).isEmpty();
    }

    @Override
    public List<UUID> followers(FollowTarget target, UUID targetId) {
        return new NativeQuery().sql("select person_id from follow where target_kind = ? and target_id = ?", target.name(), targetId)
                .rows(em).stream().map(r -> NativeQuery.uuid(r[0])).toList();
    }
}
