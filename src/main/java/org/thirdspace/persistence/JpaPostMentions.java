package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.discussion.PostMentions;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The mentions the server recorded, in {@code post_mention}. */
@ApplicationScoped
@Transactional
public class JpaPostMentions implements PostMentions {

    private EntityManager em;

    protected JpaPostMentions() {
    }

    @Inject
    public JpaPostMentions(EntityManager em) {
        this.em = em;
    }

    @Override
    public void record(UUID postId, Set<UUID> people) {
        new NativeQuery().sql("delete from post_mention where post_id = ?", postId).execute(em);
        for (UUID person : people) {
            new NativeQuery().sql("insert into post_mention (post_id, person_id) values (?, ?) on conflict do nothing", postId, person)
                    .execute(em);
        }
    }

    @Override
    public Map<UUID, Set<UUID>> of(Collection<UUID> postIds) {
        Map<UUID, Set<UUID>> mentions = new HashMap<>();
        for (List<UUID> chunk : JpaRosters.chunks(postIds)) {
            for (Object[] row : new NativeQuery().sql("select post_id, person_id from post_mention where post_id in ").in(chunk).rows(em)) {
                mentions.computeIfAbsent(NativeQuery.uuid(row[0]), k -> new HashSet<>()).add(NativeQuery.uuid(row[1]));
            }
        }
        return mentions;
    }
}
