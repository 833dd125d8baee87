package org.thirdspace.community.synthesis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A space's week as its members can all read it: only threads of the space shared with the whole
 * space or the organisation (never a peer group's), published, not deleted, whose opening post the
 * moderators did not hide; in them only posts neither hidden nor deleted. Nothing of another space.
 */
public interface WeeklyActivity {

    /** Posts written in [from, to), oldest first, at most {@code limit}. */
    List<WeekPost> posts(UUID spaceId, Instant from, Instant to, int limit);

    /** Threads opened in [from, to) that no one but their author has written in, oldest first. */
    List<QuietThread> unanswered(UUID spaceId, Instant from, Instant to, int limit);

    /** Labels of tags first put on a readable thread of the space in [from, to), by label. */
    List<String> newTags(UUID spaceId, Instant from, Instant to, int limit);

    /** People whose membership of the space began in [from, to) and who have not left, by when they joined. */
    List<UUID> newMembers(UUID spaceId, Instant from, Instant to, int limit);
}
