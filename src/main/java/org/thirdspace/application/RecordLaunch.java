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
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Brings the tool's view of a person up to date from a verified launch: the person (found by
 * organisation and subject, never by e-mail), the course, the person's membership with the roles
 * of this launch, and the link. Unchanged data is not written again, so repeated launches cost
 * reads only. A suspended or deleted person is refused even though the LMS let them in.
 */
@ApplicationScoped
public class RecordLaunch {

    private static final Logger LOG = Logger.getLogger(RecordLaunch.class.getName());

    private People people;
    private Courses courses;
    private Newcomers newcomers;

    protected RecordLaunch() {
    }

    @Inject
    public RecordLaunch(People people, Courses courses, Newcomers newcomers) {
        this.people = people;
        this.courses = courses;
        this.newcomers = newcomers;
    }

    @Transactional
    public LaunchRecord record(LaunchArrival arrival, Instant now) {
        Person person = known(arrival, now);
        boolean newcomer = person == null;
        if (newcomer) {
            person = arrival.isLti11()
                    ? Person.fromLti11Launch(arrival.organisationId(), arrival.lti11UserId(), arrival.profile(), now)
                    : new Person(arrival.organisationId(), arrival.subject(), arrival.profile(), now);
            person.recordLmsIdentifiers(arrival.sourcedId(), arrival.lti11UserId(), now);
            person.recordLaunch(now); // before it is written: one insert, no update after it
            if (arrival.course() == null) {
                people.add(person);
            } // else written with the membership
        } else {
            if (!person.mayUseTheTool()) {
                throw new PersonBarred("person " + person.id() + " is " + person.status());
            }
            person.updateProfile(arrival.profile(), now);
            person.recordLmsIdentifiers(arrival.sourcedId(), arrival.lti11UserId(), now);
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

    /**
     * The person this launch is about, if the tool knows them. By {@code sub} for LTI 1.3; by
     * {@code user_id} for LTI 1.1. An LTI 1.3 launch whose migration claim named a 1.1 person the
     * tool knows by their {@code user_id} alone continues that person: they keep their history.
     */
    private Person known(LaunchArrival arrival, Instant now) {
        UUID organisation = arrival.organisationId();
        if (arrival.isLti11()) {
            return people.findByLti11UserId(organisation, arrival.lti11UserId()).stream().findFirst().orElse(null);
        }
        Person bySubject = people.findBySubject(organisation, arrival.subject()).orElse(null);
        if (arrival.lti11UserId() == null) {
            return bySubject;
        }
        List<Person> byLti11 = people.findByLti11UserId(organisation, arrival.lti11UserId());
        Person lti11Only = byLti11.stream().filter(Person::knownOnlyByLti11).findFirst().orElse(null);
        if (bySubject == null) {
            if (lti11Only != null) {
                lti11Only.adoptSubject(arrival.subject(), now);
            }
            return lti11Only;
        }
        if (lti11Only != null) {
            // Launched both ways before the LMS sent the migration claim: two records of one person.
            // Their contributions stay where they are; an operator merges them (docs/LTI.md).
            LOG.warning(() -> "LTI 1.1 person " + lti11Only.id() + " and LTI 1.3 person " + bySubject.id()
                    + " are the same person by the LMS's migration claim; not merged");
        }
        return bySubject;
    }

    private CourseSummary course(LaunchArrival arrival, Instant now) {
        LaunchArrival.Course claim = arrival.course();
        CourseSummary known = courses.summaryByKey(arrival.organisationId(), arrival.deploymentId(), claim.key()).orElse(null);
        if (known != null && known.isNamed(claim.label(), claim.title())) {
            return known;
        }
        CourseContext course = courses.findByKey(arrival.organisationId(), arrival.deploymentId(), claim.key()).orElse(null);
        if (course == null) {
            course = lti11Course(arrival, now);
        }
        if (course == null) {
            course = new CourseContext(arrival.organisationId(), arrival.deploymentId(), claim.key(), claim.label(), claim.title(), now);
            courses.add(course);
        } else {
            course.rename(claim.label(), claim.title(), now);
        }
        return new CourseSummary(course.id(), course.label(), course.title());
    }

    /**
     * LTI 1.1 has no deployments: its launch continues the organisation's course with that context
     * id, whichever deployment it is under. An LTI 1.3 launch with a verified migration claim takes
     * over the course an LTI 1.1 launch brought in (context ids are kept across the move).
     */
    private CourseContext lti11Course(LaunchArrival arrival, Instant now) {
        if (!arrival.isLti11() && arrival.lti11UserId() == null) {
            return null;
        }
        List<CourseContext> sameContext = courses.findByContextKey(arrival.organisationId(), arrival.course().key());
        if (arrival.isLti11()) {
            return sameContext.stream().findFirst().orElse(null);
        }
        CourseContext lti11Only = sameContext.stream().filter(CourseContext::isLti11Only).findFirst().orElse(null);
        if (lti11Only != null) {
            lti11Only.moveToDeployment(arrival.deploymentId(), now);
        }
        return lti11Only;
    }

    private void membership(UUID courseId, Person person, boolean newcomer, LaunchArrival arrival, Instant now) {
        // A person created just now has no membership yet: no need to look.
        CourseMembership membership = newcomer ? null : courses.membership(courseId, person.id()).orElse(null);
        if (membership == null) {
            membership = new CourseMembership(courseId, person.id(), arrival.roles(), MembershipSource.LAUNCH, now);
            membership.launchedWith(arrival.custom(), now); // before it is written: one insert
            membership.recordLaunch(now);
            if (newcomer) {
                newcomers.add(person, membership);
            } else {
                courses.add(membership);
            }
        } else {
            membership.confirm(arrival.roles(), now);
            membership.launchedWith(arrival.custom(), now);
            membership.recordLaunch(now);
        }
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
