package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.moderation.NoteTemplate;
import org.thirdspace.community.moderation.NoteTemplates;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Note templates in the database. */
@ApplicationScoped
@Transactional
public class JpaNoteTemplates implements NoteTemplates {

    private EntityManager em;

    protected JpaNoteTemplates() {
    }

    @Inject
    public JpaNoteTemplates(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(NoteTemplate template) {
        em.persist(template);
    }

    @Override
    public List<NoteTemplate> noteTemplates(UUID organisationId, UUID spaceId) {
        return em.createQuery("select n from NoteTemplate n where n.organisationId = :org and (n.spaceId is null or n.spaceId = :space)"
                        + " order by n.spaceId, n.title", NoteTemplate.class)
                .setParameter("org", organisationId).setParameter("space", spaceId).setMaxResults(200).getResultList();
    }

    @Override
    public Optional<NoteTemplate> noteTemplate(UUID templateId) {
        return Optional.ofNullable(em.find(NoteTemplate.class, templateId));
    }

    @Override
    public void remove(NoteTemplate template) {
        em.remove(template);
    }
}
