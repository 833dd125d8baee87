package org.thirdspace.lti.launch;

/**
 * Lets the statements of the current transaction use the database's cached generic plans: a
 * launch's statements are look-ups by key and inserts whose plan never depends on the values, so
 * planning each execution anew (what the connections do by default, for feeds and searches) costs
 * more than executing them. Implemented in {@code persistence}.
 */
public interface GenericPlans {

    /** Until the current transaction ends; must be called inside one. */
    void forThisTransaction();
}
