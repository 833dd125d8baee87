/**
 * Grades back to the LMS (issue 16), one use case per class: remembering a link's grade service
 * after a launch, an instructor's setting and the learners' status ({@code ChangeLinkGrading},
 * {@code ShowLinkGrading}), queuing participation scores and delivering them off the request thread
 * with retries ({@code QueueParticipationGrades}, {@code DeliverGrade}, {@code ScheduledGradeDeliveries}).
 */
package org.thirdspace.application.grading;
