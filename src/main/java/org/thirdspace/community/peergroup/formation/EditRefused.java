package org.thirdspace.community.peergroup.formation;

/** An edit that would break a hard constraint, or names someone or a group the proposal does not have. */
public class EditRefused extends RuntimeException {

    private final transient Edit edit;
    private final Constraint constraint;

    public EditRefused(Edit edit, Constraint constraint, String message) {
        super(message);
        this.edit = edit;
        this.constraint = constraint;
    }

    public Edit edit() {
        return edit;
    }

    /** The constraint the edit would break, or null when the edit names something unknown. */
    public Constraint constraint() {
        return constraint;
    }
}
