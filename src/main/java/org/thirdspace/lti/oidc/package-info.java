/**
 * OIDC third-party-initiated login (LTI Core 1.3 §5.1.1, 1EdTech Security Framework §5.1.1): state
 * and nonce, their binding to the browser, and LTI Platform Storage for browsers without
 * third-party cookies.
 */
package org.thirdspace.lti.oidc;
