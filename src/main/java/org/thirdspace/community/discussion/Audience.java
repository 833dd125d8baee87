package org.thirdspace.community.discussion;

/**
 * Who can see a thread — the Seek &gt; Sense &gt; Share ladder: first a peer group, then the
 * space, then the organisation (through tag hubs and search). A thread moves up only with its
 * author's consent.
 */
public enum Audience {
    PEER_GROUP, SPACE, ORGANISATION;

    public boolean isWiderThan(Audience other) {
        return ordinal() > other.ordinal();
    }
}
