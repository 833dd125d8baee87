package org.thirdspace.lti.launch;

/**
 * Lets the statements of the current transaction use the database's cached generic plans: a
 * launch's statements are look-ups by key and inserts whose plan never depends on the values, so
 * planning each execution anew (what the connections do by default, for feeds and searches) costs
 * more than executing them. A connection keeps such a plan as the tables grow (until they are
 * analyzed again), so each look-up needs an index whose condition holds its whole key even when the
 * plan was made on empty tables (V26, LaunchLookupPlansIT). Implemented in {@code persistence}.
 */
public interface GenericPlans {

    /** Until the current transaction ends; must be called inside one. */
    void forThisTransaction();
}
