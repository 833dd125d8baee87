/**
 * Telling people in the app: who may be told about a thread or a post (the same reading rule as
 * everywhere, checked at delivery), shared by the discussion and moderation use cases.
 */
package org.thirdspace.application.notification;
