package org.thirdspace.persistence;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SynchronizationType;
import jakarta.persistence.TransactionRequiredException;
import jakarta.persistence.spi.PersistenceProvider;
import jakarta.persistence.spi.PersistenceProviderResolverHolder;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.thirdspace.database.DatabaseDefinition;
import org.thirdspace.database.DatabaseReady;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * Provides the application's {@link EntityManager}: one per JTA transaction, joined to it and closed
 * when it completes — what a container-managed persistence context does — over the persistence unit
 * the application creates itself once the schema is migrated (see {@link ThirdspacePersistenceUnit}).
 * Every use must happen inside a transaction ({@code @Transactional}); the repositories declare it.
 */
@ApplicationScoped
public class EntityManagers {

    private static final Object KEY = EntityManagers.class;

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile EntityManagerFactory factory;

    /**
     * Creates the factory (and so checks every mapping) right after the migrations, before any
     * other start-up work observes the event: a mapping that does not fit the schema fails the
     * start-up attempt, which readiness reports and the migration retries.
     */
    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) DatabaseReady ready) {
        factory();
    }

    @Produces
    @ApplicationScoped
    EntityManager transactionScoped() {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "toString":
                            return "transaction-scoped EntityManager";
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        case "close":
                            throw new IllegalStateException("the transaction closes this EntityManager");
                        default:
                            try {
                                return method.invoke(current(), args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }

    private EntityManager current() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new TransactionRequiredException("database access outside a transaction; mark the caller @Transactional");
        }
        EntityManager em = (EntityManager) transactions.getResource(KEY);
        if (em == null) {
            EntityManager created = factory().createEntityManager(SynchronizationType.SYNCHRONIZED);
            created.joinTransaction();
            transactions.putResource(KEY, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // EclipseLink flushes on its own synchronization.
                }

                @Override
                public void afterCompletion(int status) {
                    created.close();
                }
            });
            em = created;
        }
        return em;
    }

    private EntityManagerFactory factory() {
        EntityManagerFactory current = factory;
        if (current == null) {
            synchronized (this) {
                if (factory == null) {
                    factory = provider().createContainerEntityManagerFactory(new ThirdspacePersistenceUnit(dataSource), Map.of());
                }
                current = factory;
            }
        }
        return current;
    }

    private static PersistenceProvider provider() {
        return PersistenceProviderResolverHolder.getPersistenceProviderResolver().getPersistenceProviders().stream()
                .filter(p -> p.getClass().getName().equals(ThirdspacePersistenceUnit.PROVIDER))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("EclipseLink is not available"));
    }

    @PreDestroy
    void close() {
        if (factory != null && factory.isOpen()) {
            factory.close();
        }
    }
}
