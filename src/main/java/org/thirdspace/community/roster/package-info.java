/**
 * The course roster as the LMS provides it through LTI Names and Role Provisioning Services: which
 * services a course offers, the sync runs that bring its members in (with their history), and the
 * members as the LMS lists them. Free of HTTP and JSON: the protocol layer reads the platform's
 * answers into {@link org.thirdspace.community.roster.RosterMember} values.
 */
package org.thirdspace.community.roster;
