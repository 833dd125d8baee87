package org.thirdspace.application;

import org.thirdspace.community.course.CourseMembership;
import org.thirdspace.community.person.Person;

/**
 * Writes a person the tool has just met together with their first course membership: what every
 * first launch from a course does. Both rows go in one statement where the database allows it
 * (PostgreSQL), one round trip instead of two; neither object is tracked for later changes, so
 * both are complete when handed over.
 */
public interface Newcomers {

    void add(Person person, CourseMembership membership);
}
