package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.artifact.Feedback;
import org.thirdspace.community.artifact.FeedbackKind;
import org.thirdspace.community.artifact.Feedbacks;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Readers' "this helped" and "outdated", in {@code artifact_feedback}. */
@ApplicationScoped
@Transactional
public class JpaFeedbacks implements Feedbacks {

    private EntityManager em;

    protected JpaFeedbacks() {
    }

    @Inject
    public JpaFeedbacks(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Feedback feedback) {
        em.persist(feedback);
    }

    @Override
    public Optional<Feedback> of(UUID artifactId, UUID personId, FeedbackKind kind) {
        return em.createQuery("select f from Feedback f where f.artifactId = :artifact and f.personId = :person and f.kind = :kind",
                        Feedback.class)
                .setParameter("artifact", artifactId).setParameter("person", personId).setParameter("kind", kind)
                .getResultStream().findFirst();
    }

    @Override
    public List<Feedback> of(UUID artifactId, int limit) {
        return em.createQuery("select f from Feedback f where f.artifactId = :artifact order by f.givenAt desc, f.id", Feedback.class)
                .setParameter("artifact", artifactId).setMaxResults(limit).getResultList();
    }

    @Override
    public Map<UUID, Map<FeedbackKind, Integer>> counts(Collection<UUID> artifactIds) {
        Map<UUID, Map<FeedbackKind, Integer>> counts = new HashMap<>();
        for (List<UUID> chunk : JpaRosters.chunks(artifactIds.stream().distinct().toList())) {
            for (Object[] row : em.createQuery("select f.artifactId, f.kind, count(f) from Feedback f where f.artifactId in :ids"
                    + " group by f.artifactId, f.kind", Object[].class).setParameter("ids", chunk).getResultList()) {
                counts.computeIfAbsent((UUID) row[0], k -> new EnumMap<>(FeedbackKind.class))
                        .put((FeedbackKind) row[1], ((Number) row[2]).intValue());
            }
        }
        return counts;
    }

    @Override
    public Map<UUID, Instant> lastOutdated(Collection<UUID> artifactIds) {
        Map<UUID, Instant> last = new HashMap<>();
        for (List<UUID> chunk : JpaRosters.chunks(artifactIds.stream().distinct().toList())) {
            // Natively: an aggregate of a converted column comes back unconverted from JPQL on PostgreSQL.
            for (Object[] row : new NativeQuery().sql("select artifact_id, max(given_at) from artifact_feedback where kind = 'OUTDATED'"
                    + " and artifact_id in ").in(chunk).sql(" group by artifact_id").rows(em)) {
                last.put(NativeQuery.uuid(row[0]), NativeQuery.instant(row[1]));
            }
        }
        return last;
    }
}
