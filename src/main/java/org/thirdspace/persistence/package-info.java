/**
 * The one home of the database's content: the persistence unit and its EntityManagers, every JPA
 * query and native SQL statement, and the implementations of the repository ports that the domain,
 * the application, the LTI layer and the secrets declare. Nothing else in the application holds an
 * EntityManager. The schema comes from the Flyway migrations ({@code database}).
 */
package org.thirdspace.persistence;
