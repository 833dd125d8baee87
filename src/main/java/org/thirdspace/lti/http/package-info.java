/** Outbound HTTP to platforms, guarded against SSRF, slow peers and oversized answers. */
package org.thirdspace.lti.http;
