/**
 * The tool's own keys: generation on first start, sealing at rest, publication at the JWKS
 * endpoint and rotation (1EdTech Security Framework §6).
 */
package org.thirdspace.lti.jwks;
