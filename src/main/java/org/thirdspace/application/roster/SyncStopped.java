package org.thirdspace.application.roster;

/** A run cannot go on; the message says where and why, for the run's record. */
class SyncStopped extends Exception {

    SyncStopped(String message, Throwable cause) {
        super(message, cause);
    }
}
