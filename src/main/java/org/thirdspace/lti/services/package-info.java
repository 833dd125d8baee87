/**
 * Calling LTI Advantage services as the tool (1EdTech Security Framework 1.0 §4.1): access tokens
 * from the platform's token endpoint by the OAuth 2 client credentials grant with a signed JWT
 * client assertion (RFC 7523), cached per registration and scopes, and authenticated GETs that
 * tell a platform's passing trouble (retry) from a refusal (stop).
 */
package org.thirdspace.lti.services;
