package org.thirdspace.community.grading;

import java.util.Arrays;
import java.util.List;

/**
 * The Assignment and Grade Services endpoint a launch offered for its resource link (AGS 2.0 §3.1,
 * claim {@code https://purl.imsglobal.org/spec/lti-ags/claim/endpoint}): the scopes the platform
 * grants the tool, the link's line items container and, when the platform made one for the link,
 * its line item. A null URL is one not offered.
 */
public record GradeService(List<String> scopes, String lineItemsUrl, String lineItemUrl) {

    /** AGS 2.0 §3.1: may create, find and change line items. */
    public static final String LINE_ITEM_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    /** AGS 2.0 §3.1: may post scores. */
    public static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    public GradeService {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    public boolean mayPostScores() {
        return scopes.contains(SCORE_SCOPE);
    }

    /** The tool may look line items up and create its own in the link's container. */
    public boolean mayManageLineItems() {
        return lineItemsUrl != null && scopes.contains(LINE_ITEM_SCOPE);
    }

    /** Why grades cannot go back to the LMS through this endpoint, or null when they can. */
    public GradingUnavailable unavailable() {
        if (!mayPostScores()) {
            return GradingUnavailable.NO_SCORE_SCOPE;
        }
        if (lineItemUrl == null && !mayManageLineItems()) {
            return GradingUnavailable.NO_LINE_ITEM;
        }
        return null;
    }

    String encodedScopes() {
        return String.join(" ", scopes);
    }

    static List<String> decodeScopes(String encoded) {
        return encoded == null || encoded.isBlank() ? List.of() : Arrays.stream(encoded.trim().split("\\s+")).toList();
    }
}
