/**
 * Groups and group sets of a course as the LMS defines them (LTI Course Groups Service 1.0), and
 * who is in which group. Imported and kept in step with the LMS so that peer groups can start from
 * them; a group the LMS removed is kept inactive, with its history.
 */
package org.thirdspace.community.coursegroup;
