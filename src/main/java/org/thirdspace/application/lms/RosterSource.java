package org.thirdspace.application.lms;

import java.net.URI;

/**
 * Where a course's roster comes from: the LMS lists its members page by page. The application reads
 * one page at a time and applies it before asking for the one after the next, so a roster of any
 * size is never held whole. Implemented by the LTI layer with Names and Role Provisioning Services
 * 2.0; the application decides which links it follows ({@link PagingGuard}).
 */
public interface RosterSource {

    /**
     * The address of a roster's first page: the course's memberships URL with the page size the
     * tool asks for, and the resource link to ask about when one is known (null: the whole course).
     */
    URI firstPage(String membershipsUrl, String resourceLinkKey);

    /**
     * Reads one page: its members, the next page's link and the differences link. A passing fault
     * of the platform is retried before it is reported as {@link ServiceUnavailable}.
     */
    RosterPage page(PlatformAccount account, URI url) throws ServiceFailure;
}
