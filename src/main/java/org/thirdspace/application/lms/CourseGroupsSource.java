package org.thirdspace.application.lms;

import java.net.URI;

/**
 * Where a course's groups and group sets come from, page by page. Implemented by the LTI layer
 * with the Course Groups Service 1.0; offered only when a launch of the course carried its claim.
 */
public interface CourseGroupsSource {

    GroupsPage groups(PlatformAccount account, URI url) throws ServiceFailure;

    GroupsPage sets(PlatformAccount account, URI url) throws ServiceFailure;
}
