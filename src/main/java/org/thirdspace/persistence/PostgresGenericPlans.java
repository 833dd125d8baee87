package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.database.DatabaseAddress;
import org.thirdspace.lti.launch.GenericPlans;

/**
 * Lets the statements of the current transaction use PostgreSQL's cached generic plans. Connections
 * plan every execution for its actual parameters ({@code plan_cache_mode=force_custom_plan}, see
 * {@code database.ConfiguredDataSource}) because feeds and searches over tenants of very different sizes need
 * that. A launch's statements are look-ups by key and inserts, whose plan never depends on the
 * values; planning them anew cost PostgreSQL about 0.4 ms of CPU per launch (pg_stat_statements with
 * track_planning, launch benchmark), more than executing them.
 */
@ApplicationScoped
public class PostgresGenericPlans implements GenericPlans {

    private EntityManager em;
    private ToolSettings settings;

    protected PostgresGenericPlans() {
    }

    @Inject
    public PostgresGenericPlans(EntityManager em, ToolSettings settings) {
        this.em = em;
        this.settings = settings;
    }

    /** Until the transaction ends; after five executions of a statement on a connection, PostgreSQL keeps a generic plan when it is no worse. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void forThisTransaction() {
        if (DatabaseAddress.from(settings).isPostgres()) {
            em.createNativeQuery("set local plan_cache_mode = auto").executeUpdate();
        }
    }
}
