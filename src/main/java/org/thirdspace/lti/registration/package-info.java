/**
 * The LTI context's own use cases, for the admin API, the registration files and the emulator:
 * registering a platform, changing its status, deciding on its deployments, rotating the tool's
 * signing key. Platform registrations and the tool's keys are the LTI context's model (they hold
 * issuers, client ids, key sets), so these use cases live beside it rather than in
 * {@code application}; like the application's use cases they are one class per use case, the
 * transaction boundary, and they check the {@code Administrator} and write the admin audit.
 */
package org.thirdspace.lti.registration;
