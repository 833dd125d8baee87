package org.thirdspace.community.discussion;

import java.time.Instant;
import java.util.List;

/** Full-text search over the threads and posts a viewer may see. */
public interface DiscussionSearch {

    /** Newest first. */
    List<PostSummary> search(SearchQuery query, Viewer viewer, Instant now);
}
