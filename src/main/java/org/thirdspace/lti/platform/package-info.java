/**
 * Platforms (LMSs) registered with the tool: registrations keyed by (issuer, client_id), their
 * deployments, and the platforms' public key sets.
 */
package org.thirdspace.lti.platform;
