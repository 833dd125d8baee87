package org.thirdspace.lti.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Platform registrations and their deployments, in the database. */
@ApplicationScoped
@Transactional
public class Registrations {

    @Inject
    EntityManager em;

    public Optional<PlatformRegistration> find(UUID id) {
        return Optional.ofNullable(em.find(PlatformRegistration.class, id));
    }

    public Optional<PlatformRegistration> find(String issuer, String clientId) {
        return em.createQuery("select r from PlatformRegistration r where r.issuer = :issuer and r.clientId = :clientId",
                        PlatformRegistration.class)
                .setParameter("issuer", issuer)
                .setParameter("clientId", clientId)
                .getResultStream().findFirst();
    }

    /** All registrations of an issuer: a caller may use the result only when there is exactly one. */
    public List<PlatformRegistration> withIssuer(String issuer) {
        return em.createQuery("select r from PlatformRegistration r where r.issuer = :issuer", PlatformRegistration.class)
                .setParameter("issuer", issuer)
                .setMaxResults(2)
                .getResultList();
    }

    public List<PlatformRegistration> all() {
        return em.createQuery("select r from PlatformRegistration r order by r.createdAt", PlatformRegistration.class)
                .getResultList();
    }

    public void add(PlatformRegistration registration) {
        em.persist(registration);
    }

    public Optional<PlatformDeployment> deployment(UUID registrationId, String deploymentId) {
        return em.createQuery("select d from PlatformDeployment d where d.registrationId = :registration"
                        + " and d.deploymentId = :deployment", PlatformDeployment.class)
                .setParameter("registration", registrationId)
                .setParameter("deployment", deploymentId)
                .getResultStream().findFirst();
    }

    public List<PlatformDeployment> deployments(UUID registrationId) {
        return em.createQuery("select d from PlatformDeployment d where d.registrationId = :registration"
                        + " order by d.firstSeenAt", PlatformDeployment.class)
                .setParameter("registration", registrationId)
                .getResultList();
    }

    public void add(PlatformDeployment deployment) {
        em.persist(deployment);
    }
}
