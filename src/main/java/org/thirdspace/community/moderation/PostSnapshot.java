package org.thirdspace.community.moderation;

/** A post's text and version at the moment a case step is taken. */
public record PostSnapshot(int version, String markdown) {
}
