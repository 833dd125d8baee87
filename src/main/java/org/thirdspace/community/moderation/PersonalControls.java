package org.thirdspace.community.moderation;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/** A person's own controls: muted threads and blocked members. */
public interface PersonalControls {

    void mute(UUID personId, UUID threadId, Instant now);

    void unmute(UUID personId, UUID threadId);

    /** Of these people, those who muted the thread. */
    Set<UUID> muted(UUID threadId, Collection<UUID> people);

    void block(UUID blockerId, UUID blockedId, Instant now);

    void unblock(UUID blockerId, UUID blockedId);

    /** The people this person blocked. */
    Set<UUID> blockedBy(UUID blockerId);

    /** Of these people, those who blocked the author. */
    Set<UUID> blocking(UUID authorId, Collection<UUID> people);
}
