package org.thirdspace.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.course.Courses;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.organisation.Organisations;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;

import java.util.UUID;

/** What the signed-in person sees about themselves: name, organisation, course and roles. */
@ApplicationScoped
public class ShowMe {

    private People people;
    private Courses courses;
    private Organisations organisations;

    protected ShowMe() {
    }

    @Inject
    public ShowMe(People people, Courses courses, Organisations organisations) {
        this.people = people;
        this.courses = courses;
        this.organisations = organisations;
    }

    public record Me(UUID personId, String name, UUID organisationId, String organisationName, UUID courseId,
                     String courseName, RoleSet roles) {
    }

    @Transactional
    public Me show(UUID organisationId, UUID personId, UUID courseId, RoleSet roles) {
        Person person = people.find(organisationId, personId)
                .filter(Person::mayUseTheTool)
                .orElseThrow(() -> new PersonBarred("person " + personId + " is not active"));
        String organisationName = organisations.find(organisationId).map(o -> o.name()).orElse("");
        CourseContext course = courseId == null ? null : courses.find(organisationId, courseId).orElse(null);
        return new Me(person.id(), person.nameToShow(), organisationId, organisationName,
                course == null ? null : course.id(), course == null ? null : course.nameToShow(), roles);
    }
}
