/**
 * What the application needs from the LMS a course lives in — its ports toward the platform,
 * implemented by the LTI layer ({@code lti/nrps}, {@code lti/groups}, {@code lti/platform}):
 * <ul>
 *   <li>{@link org.thirdspace.application.lms.PlatformAccounts}: the tool's account at an
 *       organisation's LMS, when it may be called;</li>
 *   <li>{@link org.thirdspace.application.lms.RosterSource}: a course's members, page by page;</li>
 *   <li>{@link org.thirdspace.application.lms.CourseGroupsSource}: its groups and group sets;</li>
 *   <li>{@link org.thirdspace.application.lms.GradeSink}: grades sent back to the LMS (a link's
 *       line item and learners' scores), implemented with Assignment and Grade Services in
 *       {@code lti/ags}.</li>
 * </ul>
 * The failures a platform service can answer with ({@link org.thirdspace.application.lms.ServiceFailure}
 * and its two kinds) and the paging rules the application applies to any listing
 * ({@link org.thirdspace.application.lms.PagingGuard}) belong here too, so that use cases handle
 * them without knowing the protocol.
 */
package org.thirdspace.application.lms;
