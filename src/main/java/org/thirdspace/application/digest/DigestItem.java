package org.thirdspace.application.digest;

/**
 * One thing a digest tells: a published weekly synthesis, a mention, a reply in a followed thread
 * or a new thread with a followed tag. {@code html} is the post's or synthesis's body as the post
 * renderer made it (sanitised), or null; {@code link} is absolute.
 */
public record DigestItem(Section section, String title, String actorName, String text, String html, String link) {

    public enum Section {
        SYNTHESIS, MENTION, FOLLOWED_THREAD, FOLLOWED_TAG
    }
}
