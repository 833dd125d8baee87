package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class JpaPeople implements People {

    @Inject
    EntityManager em;

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
    public long count(UUID organisationId) {
        return em.createQuery("select count(p) from Person p where p.organisationId = :organisation", Long.class)
                .setParameter("organisation", organisationId)
                .getSingleResult();
    }
}
