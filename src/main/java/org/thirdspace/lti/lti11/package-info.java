/**
 * LTI 1.1 legacy launches (IMS Basic LTI 1.1, OAuth 1.0a HMAC-SHA1 signed form posts): verification
 * of the consumer key, signature, timestamp and nonce, and the reading of the launch parameters
 * into the same {@link org.thirdspace.lti.launch.LtiLaunch} an LTI 1.3 launch gives, so that both
 * record the same person, course and membership and land the same way.
 */
package org.thirdspace.lti.lti11;
