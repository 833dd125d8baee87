/**
 * LTI Names and Role Provisioning Services 2.0 (https://www.imsglobal.org/spec/lti-nrps/v2p0) as a
 * client: reading membership container pages into roster members, following {@code Link} headers
 * safely, and remembering the service a launch offers.
 */
package org.thirdspace.lti.nrps;
