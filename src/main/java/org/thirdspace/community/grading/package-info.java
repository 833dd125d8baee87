/**
 * Grades a space link sends back to the LMS gradebook (issue 16): the instructor's setting per link
 * ({@link org.thirdspace.community.grading.LinkGrading}, off by default), the participation rule
 * that turns a learner's conversations into a score ({@link org.thirdspace.community.grading.ParticipationRule}),
 * and the outbox of scores to deliver with their state and the LMS's last answer
 * ({@link org.thirdspace.community.grading.GradeDelivery}). Engagement points and reactions never
 * count: only conversations a learner started or replied to.
 */
package org.thirdspace.community.grading;
