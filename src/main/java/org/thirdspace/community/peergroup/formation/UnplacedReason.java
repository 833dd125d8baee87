package org.thirdspace.community.peergroup.formation;

/** Why a person is in no group. */
public enum UnplacedReason {
    /** They opted out of peer groups. */
    OPTED_OUT,
    /** Fewer people can be grouped than the smallest group allowed. */
    TOO_FEW_PEOPLE,
    /** Every group they could join lacks a language they share with all its members. */
    NO_SHARED_LANGUAGE,
    /** Every group they could join overlaps too little with their working hours. */
    NOT_ENOUGH_OVERLAP,
    /** Every group they could join has someone of their team. */
    SAME_TEAM,
    /** Every group they could join has someone they must never be grouped with. */
    NEVER_TOGETHER,
    /** Every group they could join is full. */
    NO_ROOM;

    static UnplacedReason of(Constraint constraint) {
        return switch (constraint) {
            case SHARED_LANGUAGE -> NO_SHARED_LANGUAGE;
            case WORKING_HOURS -> NOT_ENOUGH_OVERLAP;
            case TEAMS_APART -> SAME_TEAM;
            case NEVER_TOGETHER -> NEVER_TOGETHER;
            case GROUP_SIZE -> NO_ROOM;
        };
    }
}
