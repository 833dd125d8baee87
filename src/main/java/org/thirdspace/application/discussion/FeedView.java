package org.thirdspace.application.discussion;

import java.util.List;

/**
 * A space's home: pinned threads, conversation starters (recent seeded topics), then the latest
 * threads newest first with a cursor for the next page, and for facilitators the topics scheduled
 * to appear. Chronological only: nothing is ranked by engagement.
 */
public record FeedView(List<ThreadSummary> pinned, List<ThreadSummary> starters, List<ThreadSummary> latest, String next,
                       List<ThreadSummary> scheduled) {
}
