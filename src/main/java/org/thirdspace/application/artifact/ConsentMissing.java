package org.thirdspace.application.artifact;

import org.thirdspace.application.Conflict;

import java.util.List;

/**
 * An artifact would show quoted words beyond where they were written without their authors'
 * consent; names whose consent is missing, so the steward knows whom to ask.
 */
public class ConsentMissing extends Conflict {

    private final List<String> missing;

    public ConsentMissing(String audience, List<String> missing) {
        super("The consent of " + String.join(", ", missing) + " is missing: what they wrote cannot go to " + audience
                + " without it. Ask them first.");
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
