package org.thirdspace.application;

import java.util.UUID;

/** Writing in a space waits until the member accepted its current code of conduct; the page shows it for that space. */
public class ConductNotAccepted extends AccessDenied {
    private final UUID spaceId;

    public ConductNotAccepted(UUID spaceId) {
        super("conduct-not-accepted", "Read and accept this space's code of conduct before you write here.");
        this.spaceId = spaceId;
    }

    public UUID spaceId() {
        return spaceId;
    }
}
