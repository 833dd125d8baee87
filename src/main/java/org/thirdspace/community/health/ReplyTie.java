package org.thirdspace.community.health;

import java.util.UUID;

/** One person replied to another's post (never to themselves). */
public record ReplyTie(UUID from, UUID to) {
}
