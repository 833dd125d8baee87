package org.thirdspace.community.notification;

/** What a person can follow. */
public enum FollowTarget {
    THREAD, TAG
}
