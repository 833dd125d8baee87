/**
 * LTI Assignment and Grade Services 2.0 (https://www.imsglobal.org/spec/lti-ags/v2p0) as a client:
 * remembering the endpoint claim a launch offers for its resource link, finding or creating the
 * link's line item, and posting scores — the application's grade sink
 * ({@link org.thirdspace.application.lms.GradeSink}).
 */
package org.thirdspace.lti.ags;
