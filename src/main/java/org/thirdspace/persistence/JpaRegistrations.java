package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.shared.TimeOrderedUuid;
import org.thirdspace.lti.platform.PlatformDeployment;
import org.thirdspace.lti.platform.PlatformRegistration;
import org.thirdspace.lti.platform.Registrations;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Platform registrations and their deployments, in the database. */
@ApplicationScoped
@Transactional
public class JpaRegistrations implements Registrations {

    private EntityManager em;

    protected JpaRegistrations() {
    }

    @Inject
    public JpaRegistrations(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<PlatformRegistration> find(UUID id) {
        return Optional.ofNullable(em.find(PlatformRegistration.class, id));
    }

    @Override
    public Optional<PlatformRegistration> find(String issuer, String clientId) {
        return em.createQuery("select r from PlatformRegistration r where r.issuer = :issuer and r.clientId = :clientId",
                        PlatformRegistration.class)
                .setParameter("issuer", issuer)
                .setParameter("clientId", clientId)
                .getResultStream().findFirst();
    }

    /** All registrations of an issuer: a caller may use the result only when there is exactly one. */
    @Override
    public List<PlatformRegistration> withIssuer(String issuer) {
        return em.createQuery("select r from PlatformRegistration r where r.issuer = :issuer", PlatformRegistration.class)
                .setParameter("issuer", issuer)
                .setMaxResults(2)
                .getResultList();
    }

    @Override
    public List<PlatformRegistration> all() {
        return em.createQuery("select r from PlatformRegistration r order by r.createdAt", PlatformRegistration.class)
                .getResultList();
    }

    @Override
    public List<PlatformRegistration> ofOrganisation(UUID organisationId) {
        return em.createQuery("select r from PlatformRegistration r where r.id = :organisation or r.organisationId = :organisation"
                        + " order by r.createdAt", PlatformRegistration.class)
                .setParameter("organisation", organisationId)
                .getResultList();
    }

    @Override
    public void add(PlatformRegistration registration) {
        em.persist(registration);
    }

    @Override
    public Optional<PlatformDeployment> deployment(UUID registrationId, String deploymentId) {
        return em.createQuery("select d from PlatformDeployment d where d.registrationId = :registration"
                        + " and d.deploymentId = :deployment", PlatformDeployment.class)
                .setParameter("registration", registrationId)
                .setParameter("deployment", deploymentId)
                .getResultStream().findFirst();
    }

    @Override
    public List<PlatformDeployment> deployments(UUID registrationId) {
        return em.createQuery("select d from PlatformDeployment d where d.registrationId = :registration"
                        + " order by d.firstSeenAt", PlatformDeployment.class)
                .setParameter("registration", registrationId)
                .getResultList();
    }

    @Override
    public void add(PlatformDeployment deployment) {
        em.persist(deployment);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordPending(UUID registrationId, String deploymentId, Instant now) {
        em.createNativeQuery("insert into platform_deployment (id, registration_id, deployment_id, status, first_seen_at)"
                        + " values (?, ?, ?, 'PENDING', ?) on conflict do nothing")
                .setParameter(1, TimeOrderedUuid.next())
                .setParameter(2, registrationId)
                .setParameter(3, deploymentId)
                .setParameter(4, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    @Override
    public void stampLaunch(UUID deploymentId, Instant now, Instant notSince) {
        em.createNativeQuery("update platform_deployment set last_launch_at = ? where id = ?"
                        + " and (last_launch_at is null or last_launch_at < ?)")
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, deploymentId)
                .setParameter(3, notSince.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }
}
