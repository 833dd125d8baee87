package org.thirdspace.community.peergroup.programme;

/** Where a formation run is. */
public enum FormationState {
    /** Forming in the background; its progress is 0–100. */
    RUNNING,
    /** Its draft is ready to preview, edit and publish. */
    READY,
    /** It stopped without a draft; the groups before it are untouched. */
    FAILED,
    /** Its draft became a round of groups. */
    PUBLISHED,
    /** A later run replaced its draft before it was published. */
    SUPERSEDED
}
