package org.thirdspace.community.artifact;

/**
 * A quoted contributor's answer to "may what you wrote go beyond where you wrote it?". Until they
 * give it, the artifact stays where their words were.
 */
public enum ConsentState {
    NOT_ASKED, PENDING, GIVEN, WITHDRAWN
}
