package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.discussion.ReactionKind;
import org.thirdspace.community.discussion.Reactions;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reactions in the database. */
@ApplicationScoped
@Transactional
public class JpaReactions implements Reactions {

    private EntityManager em;

    protected JpaReactions() {
    }

    @Inject
    public JpaReactions(EntityManager em) {
        this.em = em;
    }

    @Override
    public void react(UUID postId, UUID personId, ReactionKind kind, Instant now) {
        new NativeQuery().sql("insert into reaction (post_id, person_id, kind, created_at) values (?, ?, ?, ?) on conflict do nothing",
                postId, personId, kind.name(), now).execute(em);
    }

    @Override
    public void unreact(UUID postId, UUID personId, ReactionKind kind) {
        new NativeQuery().sql("delete from reaction where post_id = ? and person_id = ? and kind = ?", postId, personId, kind.name())
                .execute(em);
    }

    @Override
    public Map<UUID, Map<ReactionKind, Integer>> reactions(Collection<UUID> postIds) {
        Map<UUID, Map<ReactionKind, Integer>> counts = new HashMap<>();
        if (postIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : new NativeQuery().sql("select post_id, kind, count(*) from reaction where post_id in ").in(postIds)
                .sql(" group by post_id, kind").rows(em)) {
            counts.computeIfAbsent(NativeQuery.uuid(row[0]), k -> new EnumMap<>(ReactionKind.class))
                    .put(ReactionKind.valueOf((String) row[1]), (int) NativeQuery.number(row[2]));
        }
        return counts;
    }

    @Override
    public Map<UUID, Set<ReactionKind>> reactionsBy(UUID personId, Collection<UUID> postIds) {
        Map<UUID, Set<ReactionKind>> mine = new HashMap<>();
        if (postIds.isEmpty()) {
            return mine;
        }
        for (Object[] row : new NativeQuery().sql("select post_id, kind from reaction where person_id = ? and post_id in ", personId)
                .in(postIds).rows(em)) {
            mine.computeIfAbsent(NativeQuery.uuid(row[0]), k -> EnumSet.noneOf(ReactionKind.class)).add(ReactionKind.valueOf((String) row[1]));
        }
        return mine;
    }
}
