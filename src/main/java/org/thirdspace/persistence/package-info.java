/**
 * The database: the container's data source over configured JDBC settings, Flyway migrations
 * applied at start-up, and JPA implementations of the domain's repository ports.
 */
package org.thirdspace.persistence;
