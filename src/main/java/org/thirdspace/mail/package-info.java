/**
 * Outbound e-mail: the digest as a multipart/alternative message (plain text and the sanitised
 * HTML of the posts), with one-click unsubscribe headers (RFC 8058), sent through Jakarta Mail to
 * the configured SMTP server. It implements the application's
 * {@link org.thirdspace.application.digest.DigestMail} port.
 */
package org.thirdspace.mail;
