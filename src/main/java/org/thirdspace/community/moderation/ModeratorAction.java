package org.thirdspace.community.moderation;

/** What a moderator (or an organisation admin) did; each is one line of the audit. */
public enum ModeratorAction {
    HIDE_POST, RESTORE_POST, LOCK_THREAD, UNLOCK_THREAD, MOVE_THREAD, SUSPEND_MEMBER, LIFT_SUSPENSION,
    DECIDE_CASE, SEND_NOTE, CHANGE_CONDUCT, ADD_WATCH_TERM, REMOVE_WATCH_TERM,
    ADD_NOTE_TEMPLATE, REMOVE_NOTE_TEMPLATE
}
