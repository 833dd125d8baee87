package org.thirdspace.it;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The class's servers use a database the class chooses (an embedded one of their own, or one that
 * cannot be reached), never the run's: a run against PostgreSQL would only repeat what the embedded
 * run checked, so CI's PostgreSQL pass leaves these classes out ({@code -DexcludedGroups=own-database}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("own-database")
public @interface OwnDatabase {
}
