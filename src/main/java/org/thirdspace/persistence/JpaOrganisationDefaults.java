package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.organisation.OrganisationDefaults;
import org.thirdspace.community.organisation.OrganisationDefaultsStore;

import java.util.Optional;
import java.util.UUID;

/** Organisations' defaults in the database, one row per organisation that saved any. */
@ApplicationScoped
@Transactional
public class JpaOrganisationDefaults implements OrganisationDefaultsStore {

    private EntityManager em;

    protected JpaOrganisationDefaults() {
    }

    @Inject
    public JpaOrganisationDefaults(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<OrganisationDefaults> find(UUID organisationId) {
        return Optional.ofNullable(em.find(OrganisationDefaults.class, organisationId));
    }

    @Override
    public void add(OrganisationDefaults defaults) {
        em.persist(defaults);
        // Two administrators saving an organisation's first defaults at once: the primary key refuses the second.
        em.flush();
    }
}
