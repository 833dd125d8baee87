package org.thirdspace.database;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What an exception from the database may be said to be. A lost unique-key race — two
 * transactions inserting the same person or membership at once, say a launch while a roster page
 * is applied — is one the loser can retry: the winner's row is there when it commits. And what may
 * be logged: database exceptions can quote a row's values (H2 does in its messages), so the log
 * gets the chain of exception classes with their SQL states and stack frames, never messages.
 */
public final class DatabaseFailures {

    /** SQL state of a unique violation (SQL standard class 23, integrity constraint; PostgreSQL and H2 alike). */
    static final String UNIQUE_VIOLATION = "23505";

    private DatabaseFailures() {
    }

    /** A unique key another transaction claimed first; trying again finds its row. */
    public static boolean isUniqueKeyRace(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a database exception is anywhere in the chain (then its messages may quote data). */
    public static boolean involvesDatabase(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t instanceof SQLException || t.getClass().getName().startsWith("org.eclipse.persistence.exceptions")) {
                return true;
            }
        }
        return false;
    }

    /** The same chain with the same stack frames, each message replaced by its class (and SQL state). */
    public static Throwable withoutMessages(Throwable failure) {
        return copy(failure, new IdentityHashMap<>());
    }

    private static Throwable copy(Throwable t, Map<Throwable, Throwable> done) {
        if (t == null) {
            return null;
        }
        Throwable known = done.get(t);
        if (known != null) {
            return known;
        }
        String what = t.getClass().getName() + (t instanceof SQLException sql ? " (SQL state " + sql.getSQLState() + ")" : "");
        Throwable copy = new Redacted(what);
        done.put(t, copy);
        copy.setStackTrace(t.getStackTrace());
        Throwable cause = t.getCause() == t ? null : copy(t.getCause(), done);
        if (cause != null) {
            copy.initCause(cause);
        }
        return copy;
    }

    /** An exception as it may be logged. */
    static final class Redacted extends Exception {
        Redacted(String what) {
            super(what);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
