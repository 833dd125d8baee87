package org.thirdspace.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's data source: a container-managed pool (JTA-enlisted, validated) over
 * {@link ConfiguredDataSource}. The pool is created on first use, so the application deploys even
 * when the database is down; readiness says so (see {@code DatabaseReadiness}).
 */
@DataSourceDefinition(
        name = DatabaseDefinition.JNDI_NAME,
        className = "org.thirdspace.persistence.ConfiguredDataSource",
        initialPoolSize = 0,
        minPoolSize = 0,
        maxPoolSize = 48,
        maxIdleTime = 300,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true",
                "fish.payara.connection-creation-retry-attempts=0",
                "fish.payara.max-wait-time-in-millis=10000"
        })
@ApplicationScoped
public class DatabaseDefinition {
    public static final String JNDI_NAME = "java:app/jdbc/thirdspace";
}
