/**
 * The tool session after a launch: a signed, short-lived token held by the page and sent as a
 * header, with a partitioned cookie where the browser keeps one. No session token ever goes in a URL.
 */
package org.thirdspace.http.session;
