/**
 * The safeguards every write of a member passes, shared by the discussion and the moderation use
 * cases: the write gate (suspension, the code of conduct, the rate limits), the current code of
 * conduct, the watch list's review of what was written, opening a moderation case, and the
 * moderation log. Neither of those two packages is needed here, so {@code application.discussion}
 * and {@code application.moderation} do not depend on each other through it; moderation acts on
 * discussions ({@code ThreadAccess}), never the other way round.
 */
package org.thirdspace.application.safety;
