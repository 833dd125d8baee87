package org.thirdspace.community.peergroup.formation;

/** A facilitator's change to a proposal. Edited people stay where the edit put them. */
public sealed interface Edit {

    /** Put a person into the group with this number. */
    record Move(String person, int group) implements Edit {
    }

    /** Exchange two people's groups. */
    record Swap(String a, String b) implements Edit {
    }

    /** Keep a person in their current group. */
    record Lock(String person) implements Edit {
    }
}
