/**
 * Courses as the LMS defines them: contexts, the people enrolled and the links placed on course
 * pages. Spaces (communities) are linked to courses, not the same thing.
 */
package org.thirdspace.community.course;
