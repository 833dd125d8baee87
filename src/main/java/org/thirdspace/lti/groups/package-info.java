/**
 * LTI Course Groups Service 1.0 (https://www.imsglobal.org/spec/lti-gs/v1p0) as a client: the
 * groups and group sets of a course, page by page.
 */
package org.thirdspace.lti.groups;
