package org.thirdspace.community.space;

import java.time.Instant;

/**
 * How alive a space is, as a list of spaces shows it: how many conversations its members can see
 * and when the latest one last moved. Peer-group conversations and topics scheduled for later are
 * left out: they are not for every member, and their times would tell about them.
 */
public record SpaceActivity(long conversations, Instant lastActivityAt) {

    public static final SpaceActivity NONE = new SpaceActivity(0, null);
}
