package org.thirdspace.application.lms;

import org.thirdspace.community.grading.GradeService;

import java.time.Instant;

/**
 * Where grades go back to the LMS: a link's gradebook column (line item) and the scores in it.
 * Implemented by the LTI layer with Assignment and Grade Services 2.0 ({@code lti/ags}).
 */
public interface GradeSink {

    /**
     * The line item for a link's grades: the one in the link's container with this resource link
     * and tag, or a new one with this label and maximum. Returns its URL.
     */
    String lineItem(PlatformAccount account, GradeService service, LineItem wanted) throws ServiceFailure;

    /** Posts one learner's score to a line item. */
    void score(PlatformAccount account, GradeService service, String lineItemUrl, Score score) throws ServiceFailure;

    /** The line item the tool wants for a link (AGS 2.0 §3.2). */
    record LineItem(String resourceLinkKey, String tag, String label, int scoreMaximum) {
    }

    /** A score as AGS 2.0 §3.4 defines it; {@code userId} is the learner's LTI {@code sub}. */
    record Score(String userId, int given, int maximum, String activityProgress, String gradingProgress, Instant timestamp) {
    }
}
