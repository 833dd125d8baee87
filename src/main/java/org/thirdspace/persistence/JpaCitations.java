package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.artifact.Citation;
import org.thirdspace.community.artifact.Citations;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Artifacts' provenance, in {@code artifact_source}. */
@ApplicationScoped
@Transactional
public class JpaCitations implements Citations {

    private EntityManager em;

    protected JpaCitations() {
    }

    @Inject
    public JpaCitations(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Citation citation) {
        em.persist(citation);
    }

    @Override
    public List<Citation> of(UUID artifactId) {
        return em.createQuery("select c from Citation c where c.artifactId = :artifact order by c.position", Citation.class)
                .setParameter("artifact", artifactId).setMaxResults(500).getResultList();
    }

    @Override
    public Map<UUID, Set<UUID>> threadsOf(Collection<UUID> artifactIds) {
        Map<UUID, Set<UUID>> threads = new HashMap<>();
        for (List<UUID> chunk : JpaRosters.chunks(artifactIds.stream().distinct().toList())) {
            for (Object[] row : em.createQuery("select distinct c.artifactId, c.threadId from Citation c where c.artifactId in :ids",
                    Object[].class).setParameter("ids", chunk).getResultList()) {
                threads.computeIfAbsent((UUID) row[0], k -> new HashSet<>()).add((UUID) row[1]);
            }
        }
        return threads;
    }
}
