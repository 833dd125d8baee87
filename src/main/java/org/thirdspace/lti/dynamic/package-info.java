/**
 * LTI Dynamic Registration 1.0: the platform opens the tool's registration URL, the tool reads the
 * platform's OpenID configuration, registers itself at the platform's registration endpoint and
 * keeps the answer as a platform registration (pending until an admin approves it).
 */
package org.thirdspace.lti.dynamic;
