package org.thirdspace.community.roster;

/** Where a sync run is. A run that did not read the whole roster never ends SUCCEEDED. */
public enum RosterSyncState {
    RUNNING, SUCCEEDED, FAILED;

    public boolean isFinished() {
        return this != RUNNING;
    }
}
