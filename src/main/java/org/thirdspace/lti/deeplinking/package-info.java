/**
 * LTI Deep Linking 2.0: the designer's request kept on the server, and the signed
 * LtiDeepLinkingResponse that places community links on a course page.
 */
package org.thirdspace.lti.deeplinking;
