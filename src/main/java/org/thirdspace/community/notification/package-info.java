/** In-app notifications (mentions, replies, consent requests) and follows of threads and tags. */
package org.thirdspace.community.notification;
