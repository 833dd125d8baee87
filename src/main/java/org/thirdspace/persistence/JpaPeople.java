package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;
import org.thirdspace.community.person.PersonCard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class JpaPeople implements People {

    private EntityManager em;

    protected JpaPeople() {
    }

    @Inject
    public JpaPeople(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Person> find(UUID organisationId, UUID personId) {
        return Optional.ofNullable(em.find(Person.class, personId)).filter(p -> p.organisationId().equals(organisationId));
    }

    @Override
    public Optional<Person> findBySubject(UUID organisationId, String subject) {
        return em.createQuery("select p from Person p where p.organisationId = :organisation and p.subject = :subject", Person.class)
                .setParameter("organisation", organisationId)
                .setParameter("subject", subject)
                .getResultStream().findFirst();
    }

    /** Oldest first: of two records of one person, the one the LMS has told the {@code sub} of comes first. */
    @Override
    public List<Person> findByLti11UserId(UUID organisationId, String lti11UserId) {
        return em.createQuery("select p from Person p where p.organisationId = :organisation and p.legacyUserId = :legacy"
                        + " order by p.createdAt, p.id", Person.class)
                .setParameter("organisation", organisationId)
                .setParameter("legacy", lti11UserId)
                .setMaxResults(10)
                .getResultList();
    }

    /**
     * Written at once: memberships that refer to the person may follow in the same transaction,
     * and EclipseLink does not know that order (the entities refer to each other by id only).
     */
    @Override
    public void add(Person person) {
        em.persist(person);
        em.flush();
    }

    @Override
    public List<Person> list(UUID organisationId, int limit) {
        return em.createQuery("select p from Person p where p.organisationId = :organisation order by p.createdAt", Person.class)
                .setParameter("organisation", organisationId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Map<UUID, Person> byIds(UUID organisationId, Collection<UUID> ids) {
        Map<UUID, Person> people = new HashMap<>();
        if (ids.isEmpty()) {
            return people;
        }
        for (List<UUID> chunk : chunks(List.copyOf(ids))) {
            em.createQuery("select p from Person p where p.organisationId = :organisation and p.id in :ids", Person.class)
                    .setParameter("organisation", organisationId).setParameter("ids", chunk)
                    .setHint("eclipselink.read-only", true).getResultList()
                    .forEach(p -> people.put(p.id(), p));
        }
        return people;
    }

    private static List<List<UUID>> chunks(List<UUID> ids) {
        List<List<UUID>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return chunks;
    }

    @Override
    public Optional<PersonCard> card(UUID personId) {
        return Optional.ofNullable(em.find(PersonCard.class, personId));
    }

    @Override
    public void add(PersonCard card) {
        em.persist(card);
    }

    @Override
    public long count(UUID organisationId) {
        return em.createQuery("select count(p) from Person p where p.organisationId = :organisation", Long.class)
                .setParameter("organisation", organisationId)
                .getSingleResult();
    }

    @Override
    public List<Person> search(UUID organisationId, String text, int limit) {
        String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        UUID id = asUuid(text);
        return em.createQuery("select p from Person p where p.organisationId = :organisation and (p.id = :id"
                        + " or lower(p.displayName) like :text escape '\\' or lower(p.givenName) like :text escape '\\'"
                        + " or lower(p.familyName) like :text escape '\\' or lower(p.chosenName) like :text escape '\\'"
                        + " or lower(p.email) like :text escape '\\') order by p.displayName, p.id", Person.class)
                .setParameter("organisation", organisationId)
                .setParameter("id", id)
                .setParameter("text", pattern)
                .setMaxResults(limit)
                .setHint("eclipselink.read-only", true)
                .getResultList();
    }

    /** The id a search text names, or one no person has. */
    private static UUID asUuid(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return new UUID(0, 0);
        }
    }
}
