package org.thirdspace.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.course.CourseMembership;
import org.thirdspace.community.course.CourseSummary;
import org.thirdspace.community.course.Courses;
import org.thirdspace.community.course.MembershipSource;
import org.thirdspace.community.course.ResourceLink;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Brings the tool's view of a person up to date from a verified launch: the person (found by
 * organisation and subject, never by e-mail), the course, the person's membership with the roles
 * of this launch, and the link. Unchanged data is not written again, so repeated launches cost
 * reads only. A suspended or deleted person is refused even though the LMS let them in.
 */
@ApplicationScoped
public class RecordLaunch {

    private People people;
    private Courses courses;

    protected RecordLaunch() {
    }

    @Inject
    public RecordLaunch(People people, Courses courses) {
        this.people = people;
        this.courses = courses;
    }

    @Transactional
    public LaunchRecord record(LaunchArrival arrival, Instant now) {
        Person person = people.findBySubject(arrival.organisationId(), arrival.subject()).orElse(null);
        boolean newcomer = person == null;
        if (newcomer) {
            person = new Person(arrival.organisationId(), arrival.subject(), arrival.profile(), now);
            person.recordLaunch(now); // before it is written: one insert, no update after it
            people.add(person);
        } else {
            if (!person.mayUseTheTool()) {
                throw new PersonBarred("person " + person.id() + " is " + person.status());
            }
            person.updateProfile(arrival.profile(), now);
            person.recordLaunch(now);
        }

        CourseSummary course = null;
        UUID linkId = null;
        if (arrival.course() != null) {
            course = course(arrival, now);
            membership(course.id(), person, newcomer, arrival, now);
            if (arrival.link() != null) {
                linkId = link(course.id(), arrival.link(), now);
            }
        }
        return new LaunchRecord(arrival.organisationId(), person.id(), person.nameToShow(), person.profile().pictureUrl(),
                course == null ? null : course.id(), course == null ? null : CourseContext.nameToShow(course.title(), course.label(), arrival.course().key()), linkId, arrival.roles());
    }

    private CourseSummary course(LaunchArrival arrival, Instant now) {
        LaunchArrival.Course claim = arrival.course();
        CourseSummary known = courses.summaryByKey(arrival.organisationId(), arrival.deploymentId(), claim.key()).orElse(null);
        if (known != null && known.isNamed(claim.label(), claim.title())) {
            return known;
        }
        CourseContext course = courses.findByKey(arrival.organisationId(), arrival.deploymentId(), claim.key()).orElse(null);
        if (course == null) {
            course = new CourseContext(arrival.organisationId(), arrival.deploymentId(), claim.key(), claim.label(), claim.title(), now);
            courses.add(course);
        } else {
            course.rename(claim.label(), claim.title(), now);
        }
        return new CourseSummary(course.id(), course.label(), course.title());
    }

    private void membership(UUID courseId, Person person, boolean newcomer, LaunchArrival arrival, Instant now) {
        // A person created just now has no membership yet: no need to look.
        CourseMembership membership = newcomer ? null : courses.membership(courseId, person.id()).orElse(null);
        if (membership == null) {
            membership = new CourseMembership(courseId, person.id(), arrival.roles(), MembershipSource.LAUNCH, now);
            membership.launchedWith(arrival.custom(), now); // before it is written: one insert
            courses.add(membership);
        } else {
            membership.confirm(arrival.roles(), now);
            membership.launchedWith(arrival.custom(), now);
        }
        membership.recordLaunch(now);
    }

    private UUID link(UUID courseId, LaunchArrival.Link claim, Instant now) {
        CourseSummary known = courses.linkSummary(courseId, claim.key()).orElse(null);
        if (known != null && Objects.equals(known.title(), claim.title())) {
            return known.id();
        }
        ResourceLink link = courses.link(courseId, claim.key()).orElse(null);
        if (link == null) {
            link = new ResourceLink(courseId, claim.key(), claim.title(), now);
            courses.add(link);
        } else {
            link.retitle(claim.title(), now);
        }
        return link.id();
    }
}
