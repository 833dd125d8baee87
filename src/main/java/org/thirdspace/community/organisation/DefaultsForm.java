package org.thirdspace.community.organisation;

import org.thirdspace.community.digest.DigestFrequency;
import org.thirdspace.community.moderation.ConductVersion;
import org.thirdspace.community.shared.DisplayText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An organisation's defaults as an administrator filled them in, before they are believed: every
 * value as text, each checked on its own so that the form can say next to each field what is wrong
 * with it, all at once. {@code conduct} null means "leave the code of conduct as it is".
 */
public record DefaultsForm(String conduct, String reportThreshold, String digestDefault, String spaceCreation) {

    /** What is wrong with one field, in words the person can act on. */
    public record FieldProblem(String field, String message) {
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (conduct != null) {
            String text = conductText();
            if (text.isEmpty()) {
                problems.add(new FieldProblem("conduct", "the code of conduct cannot be empty"));
            } else if (text.length() > ConductVersion.MAX_BODY) {
                problems.add(new FieldProblem("conduct", "the code of conduct is longer than " + ConductVersion.MAX_BODY
                        + " characters (" + text.length() + ")"));
            }
        }
        if (threshold() == null) {
            problems.add(new FieldProblem("reportThreshold", "the report threshold is a whole number from "
                    + OrganisationDefaults.MIN_REPORT_THRESHOLD + " to " + OrganisationDefaults.MAX_REPORT_THRESHOLD));
        }
        if (digest() == null) {
            problems.add(new FieldProblem("digestDefault", "the digest default is weekly, daily or off"));
        }
        if (creation() == null) {
            problems.add(new FieldProblem("spaceCreation", "who may start spaces is INSTRUCTORS_AND_ADMINS or ADMINS_ONLY"));
        }
        return problems;
    }

    /** The valid values; only once {@link #problems()} is empty. */
    public DefaultsChoice choice() {
        if (!problems().isEmpty()) {
            throw new IllegalStateException("the form has problems: " + problems());
        }
        return new DefaultsChoice(threshold(), digest(), creation());
    }

    /** The code of conduct as it will be kept: without bidirectional controls, trimmed; null when unchanged. */
    public String conductText() {
        return conduct == null ? null : DisplayText.withoutBidiControls(conduct).strip();
    }

    private Integer threshold() {
        if (reportThreshold == null || !reportThreshold.strip().matches("[0-9]{1,3}")) {
            return null;
        }
        int value = Integer.parseInt(reportThreshold.strip());
        return value < OrganisationDefaults.MIN_REPORT_THRESHOLD || value > OrganisationDefaults.MAX_REPORT_THRESHOLD ? null : value;
    }

    private DigestFrequency digest() {
        return digestDefault == null ? null : DigestFrequency.of(digestDefault).orElse(null);
    }

    private SpaceCreation creation() {
        if (spaceCreation == null) {
            return null;
        }
        try {
            return SpaceCreation.valueOf(spaceCreation.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
