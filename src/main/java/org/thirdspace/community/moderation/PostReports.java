package org.thirdspace.community.moderation;

import java.util.List;
import java.util.UUID;

/** Members' reports of posts: one per person and post. */
public interface PostReports {

    /** Stores the report unless this person reported the post already (then false: nothing is written). */
    boolean add(PostReport report);

    List<PostReport> reports(UUID caseId);

    boolean reported(UUID postId, UUID reporterId);

    /** How many different members reported the case's post. */
    long reporters(UUID caseId);

    /** A person's own reports, newest first. */
    List<PostReport> reportsBy(UUID reporterId, int limit);
}
