package org.thirdspace.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's data source: a container-managed pool (JTA-enlisted, validated) over
 * {@link ConfiguredDataSource}. The pool is created on first use, so the application deploys even
 * when the database is down; readiness says so (see {@code DatabaseReadiness}).
 */
@DataSourceDefinition(
        name = DatabaseDefinition.JNDI_NAME,
        className = "org.thirdspace.database.ConfiguredDataSource",
        initialPoolSize = 0,
        minPoolSize = 0,
        maxPoolSize = 48,
        maxIdleTime = 300,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                // A connection checked in the last 10 s is not checked again at every checkout, and
                // the one connection factory needs no matching against the caller: both showed as
                // a sixth of a page view's CPU in the pool's checkout.
                "fish.payara.validate-atmost-once-period-in-seconds=10",
                "fish.payara.match-connections=false",
                "fish.payara.fail-all-connections=true",
                "fish.payara.connection-creation-retry-attempts=0",
                "fish.payara.max-wait-time-in-millis=10000"
        })
@ApplicationScoped
public class DatabaseDefinition {
    public static final String JNDI_NAME = "java:app/jdbc/thirdspace";
}
