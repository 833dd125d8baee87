/**
 * Conversations: threads, posts one level deep with quotes, edits with history, tombstones,
 * reactions (no downvotes), unread markers, audiences (Seek &gt; Sense &gt; Share) and search.
 * Feeds are chronological; nothing is ranked by engagement.
 */
package org.thirdspace.community.discussion;
