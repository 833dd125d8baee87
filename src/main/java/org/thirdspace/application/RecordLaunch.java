package org.thirdspace.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.course.CourseMembership;
import org.thirdspace.community.course.Courses;
import org.thirdspace.community.course.MembershipSource;
import org.thirdspace.community.course.ResourceLink;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;

import java.time.Instant;

/**
 * Brings the tool's view of a person up to date from a verified launch: the person (found by
 * organisation and subject, never by e-mail), the course, the person's membership with the roles
 * of this launch, and the link. Unchanged data is not written again, so repeated launches cost
 * reads only. A suspended or deleted person is refused even though the LMS let them in.
 */
@ApplicationScoped
public class RecordLaunch {

    @Inject
    People people;

    @Inject
    Courses courses;

    @Transactional
    public LaunchRecord record(LaunchArrival arrival, Instant now) {
        Person person = people.findBySubject(arrival.organisationId(), arrival.subject()).orElse(null);
        if (person == null) {
            person = new Person(arrival.organisationId(), arrival.subject(), arrival.profile(), now);
            people.add(person);
        } else {
            if (!person.mayUseTheTool()) {
                throw new PersonBarred("person " + person.id() + " is " + person.status());
            }
            person.updateProfile(arrival.profile(), now);
        }
        person.recordLaunch(now);

        CourseContext course = null;
        java.util.UUID linkId = null;
        if (arrival.course() != null) {
            course = course(arrival, now);
            membership(course, person, arrival, now);
            if (arrival.link() != null) {
                linkId = link(course, arrival.link(), now).id();
            }
        }
        return new LaunchRecord(arrival.organisationId(), person.id(), person.nameToShow(),
                course == null ? null : course.id(), course == null ? null : course.nameToShow(), linkId, arrival.roles());
    }

    private CourseContext course(LaunchArrival arrival, Instant now) {
        LaunchArrival.Course claim = arrival.course();
        CourseContext course = courses.findByKey(arrival.organisationId(), arrival.deploymentId(), claim.key()).orElse(null);
        if (course == null) {
            course = new CourseContext(arrival.organisationId(), arrival.deploymentId(), claim.key(), claim.label(), claim.title(), now);
            courses.add(course);
        } else {
            course.rename(claim.label(), claim.title(), now);
        }
        return course;
    }

    private void membership(CourseContext course, Person person, LaunchArrival arrival, Instant now) {
        CourseMembership membership = courses.membership(course.id(), person.id()).orElse(null);
        if (membership == null) {
            membership = new CourseMembership(course.id(), person.id(), arrival.roles(), MembershipSource.LAUNCH, now);
            courses.add(membership);
        } else {
            membership.confirm(arrival.roles(), now);
        }
        membership.recordLaunch(now);
    }

    private ResourceLink link(CourseContext course, LaunchArrival.Link claim, Instant now) {
        ResourceLink link = courses.link(course.id(), claim.key()).orElse(null);
        if (link == null) {
            link = new ResourceLink(course.id(), claim.key(), claim.title(), now);
            courses.add(link);
        } else {
            link.retitle(claim.title(), now);
        }
        return link;
    }
}
