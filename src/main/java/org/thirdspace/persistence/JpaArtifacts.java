package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.ArtifactAudience;
import org.thirdspace.community.artifact.Artifacts;
import org.thirdspace.community.artifact.ArtifactType;
import org.thirdspace.community.artifact.LibraryQuery;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.database.DatabaseAddress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Artifacts, in {@code artifact} and {@code artifact_tag}. */
@ApplicationScoped
@Transactional
public class JpaArtifacts implements Artifacts {

    /** How many artifacts a word search considers before the library's other filters. */
    static final int SEARCH_CANDIDATES = 2000;

    private EntityManager em;
    private ToolSettings settings;

    protected JpaArtifacts() {
    }

    @Inject
    public JpaArtifacts(EntityManager em, ToolSettings settings) {
        this.em = em;
        this.settings = settings;
    }

    @Override
    public Optional<Artifact> find(UUID organisationId, UUID artifactId) {
        return Optional.ofNullable(em.find(Artifact.class, artifactId)).filter(a -> a.organisationId().equals(organisationId));
    }

    @Override
    public Map<UUID, Artifact> byIds(UUID organisationId, Collection<UUID> artifactIds) {
        Map<UUID, Artifact> found = new HashMap<>();
        for (List<UUID> chunk : JpaRosters.chunks(artifactIds.stream().distinct().toList())) {
            em.createQuery("select a from Artifact a where a.organisationId = :org and a.id in :ids", Artifact.class)
                    .setParameter("org", organisationId).setParameter("ids", chunk).getResultList()
                    .forEach(a -> found.put(a.id(), a));
        }
        return found;
    }

    @Override
    public void add(Artifact artifact) {
        em.persist(artifact);
    }

    @Override
    public List<Artifact> publishedBetween(UUID organisationId, ArtifactType type, Instant since, Instant until, int limit) {
        return em.createQuery("select a from Artifact a where a.organisationId = :org and a.type = :type and a.publishedAt > :since"
                        + " and a.publishedAt <= :until order by a.publishedAt", Artifact.class)
                .setParameter("org", organisationId).setParameter("type", type).setParameter("since", since).setParameter("until", until)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Artifact> library(LibraryQuery query, Collection<UUID> readableSpaces, int limit) {
        StringBuilder jpql = new StringBuilder("select a from Artifact a where a.organisationId = :org");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("org", query.organisationId());
        // What is not shared with the organisation is read only in the reader's own spaces.
        parameters.put("wide", List.of(ArtifactAudience.ORGANISATION, ArtifactAudience.COURSE_PAGE));
        if (readableSpaces.isEmpty()) {
            jpql.append(" and a.audience in :wide");
        } else {
            jpql.append(" and (a.audience in :wide or a.spaceId in :spaces)");
            parameters.put("spaces", new ArrayList<>(readableSpaces));
        }
        if (query.spaceId() != null) {
            jpql.append(" and a.spaceId = :space");
            parameters.put("space", query.spaceId());
        }
        if (query.type() != null) {
            jpql.append(" and a.type = :type");
            parameters.put("type", query.type());
        }
        if (query.moment() != null) {
            jpql.append(" and a.momentOfNeed = :moment");
            parameters.put("moment", query.moment());
        }
        if (query.verification() != null) {
            jpql.append(" and a.verification = :verification");
            parameters.put("verification", query.verification());
        }
        if (query.tag() != null) {
            jpql.append(" and :tag member of a.tags");
            parameters.put("tag", query.tag());
        }
        if (query.text() != null) {
            List<UUID> matching = matching(query.organisationId(), query.text());
            if (matching.isEmpty()) {
                return List.of();
            }
            jpql.append(" and a.id in :matching");
            parameters.put("matching", matching);
        }
        jpql.append(" order by a.updatedAt desc, a.id");
        TypedQuery<Artifact> typed = em.createQuery(jpql.toString(), Artifact.class);
        parameters.forEach(typed::setParameter);
        return typed.setMaxResults(limit).getResultList();
    }

    /**
     * The organisation's artifacts whose title or text contains every word: PostgreSQL full-text
     * search over the GIN index of db/vendor/postgresql/V9_1 (the same 'simple' configuration as
     * posts, see {@link FullTextSearch}), or on H2 a case-insensitive match of every word.
     */
    private List<UUID> matching(UUID organisationId, String text) {
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).split("\\s+")).stream().filter(w -> !w.isBlank()).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        NativeQuery sql = new NativeQuery().sql("select a.id from artifact a where a.organisation_id = ?", organisationId);
        if (DatabaseAddress.from(settings).isPostgres()) {
            sql.sql(" and to_tsvector('simple', a.title || ' ' || a.body_text) @@ plainto_tsquery('simple', ?)", String.join(" ", words));
        } else {
            for (String word : words) {
                String like = "%" + word.replace("%", "").replace("_", "") + "%";
                sql.sql(" and (lower(a.title) like ? or lower(a.body_text) like ?)", like, like);
            }
        }
        return sql.sql(" limit " + SEARCH_CANDIDATES).rows(em).stream().map(row -> NativeQuery.uuid(row[0])).toList();
    }
}
