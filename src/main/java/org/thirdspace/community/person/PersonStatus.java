package org.thirdspace.community.person;

/**
 * Whether a person may use the tool. Suspended and deleted people keep their history. An erased
 * person's personal data is gone (their right to erasure, or the retention setting): what they
 * wrote stays in the community's threads under "A former member".
 */
public enum PersonStatus {
    ACTIVE, SUSPENDED, DELETED, ERASED
}
