package org.thirdspace.application.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.PersonBarred;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.course.Courses;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;

import java.util.UUID;

/**
 * Finds the course a signed-in person asks about and applies {@link RosterPolicy}: a course of
 * another organisation is not found, a suspended person is barred, a learner is denied.
 */
@ApplicationScoped
public class CourseFacilitators {

    private Courses courses;
    private People people;

    protected CourseFacilitators() {
    }

    @Inject
    public CourseFacilitators(Courses courses, People people) {
        this.courses = courses;
        this.people = people;
    }

    @Transactional
    public CourseContext require(Requester requester, UUID courseId) {
        people.find(requester.organisationId(), requester.personId()).filter(Person::mayUseTheTool)
                .orElseThrow(() -> new PersonBarred("person " + requester.personId() + " may not use the tool"));
        CourseContext course = courses.find(requester.organisationId(), courseId).orElseThrow(() -> new NotFound("no such course"));
        RosterPolicy.requireFacilitator(requester, course, courses.membership(courseId, requester.personId()).orElse(null));
        return course;
    }
}
