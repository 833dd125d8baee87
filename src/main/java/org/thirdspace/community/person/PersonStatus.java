package org.thirdspace.community.person;

/** Whether a person may use the tool. Suspended and deleted people keep their history. */
public enum PersonStatus {
    ACTIVE, SUSPENDED, DELETED
}
