package org.thirdspace.community.moderation;

/** Why a member reports a post; OTHER needs words of its own. */
public enum ReportReason {
    HARASSMENT, HATE, MISINFORMATION, SPAM, OFF_TOPIC, OTHER
}
