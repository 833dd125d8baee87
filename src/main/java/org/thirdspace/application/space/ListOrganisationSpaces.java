package org.thirdspace.application.space;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Administrator;
import org.thirdspace.community.course.CourseContext;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;
import org.thirdspace.community.roster.RosterSync;
import org.thirdspace.community.roster.Rosters;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.space.SpaceActivity;
import org.thirdspace.community.space.Spaces;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Every space of an organisation as its administrators see them in the console: linked courses
 * with the state of their latest roster sync, how many members, who facilitates, when it was last
 * active and whether it is archived. An organisation administrator sees their own organisation
 * only; another's is "not found", as for every admin read.
 */
@ApplicationScoped
public class ListOrganisationSpaces {

    /** A console page lists at most this many spaces (newest activity first is the page's sort). */
    public static final int LIMIT = 500;
    /** Facilitators named per space; the member count says how many people there are in all. */
    static final int FACILITATORS_SHOWN = 10;

    private Spaces spaces;
    private Rosters rosters;
    private People people;

    protected ListOrganisationSpaces() {
    }

    @Inject
    public ListOrganisationSpaces(Spaces spaces, Rosters rosters, People people) {
        this.spaces = spaces;
        this.rosters = rosters;
        this.people = people;
    }

    public record Named(UUID id, String name) {
    }

    /** The latest roster sync of a linked course: null state when it has never been synced. */
    public record LinkedCourse(UUID id, String name, String syncState, Instant syncedAt, String syncError) {
    }

    public record Item(UUID id, String title, String kind, boolean archived, long memberCount, long conversations,
                       Instant lastActivityAt, List<LinkedCourse> courses, List<Named> facilitators) {
    }

    @Transactional
    public List<Item> list(Administrator admin, UUID organisationId, Instant now) {
        AdminScope.require(admin, organisationId);
        List<Space> all = spaces.ofOrganisation(organisationId, LIMIT);
        Map<UUID, SpaceActivity> activity = spaces.activity(all.stream().map(Space::id).toList(), now);
        List<Item> items = new ArrayList<>(all.size());
        for (Space space : all) {
            SpaceActivity a = activity.getOrDefault(space.id(), SpaceActivity.NONE);
            List<UUID> facilitatorIds = spaces.moderators(space.id(), FACILITATORS_SHOWN);
            Map<UUID, Person> named = people.byIds(organisationId, facilitatorIds);
            List<Named> facilitators = facilitatorIds.stream().filter(named::containsKey)
                    .map(id -> new Named(id, named.get(id).nameToShow())).toList();
            List<LinkedCourse> courses = spaces.linkedCourses(space.id()).stream().map(this::course).toList();
            items.add(new Item(space.id(), space.title(), space.kind().name(), space.isArchived(), spaces.memberCount(space.id()),
                    a.conversations(), a.lastActivityAt(), courses, facilitators));
        }
        return items;
    }

    private LinkedCourse course(UUID courseId) {
        String name = rosters.course(courseId).map(CourseContext::nameToShow).orElse(null);
        RosterSync latest = rosters.latest(courseId).orElse(null);
        if (latest == null) {
            return new LinkedCourse(courseId, name, null, null, null);
        }
        return new LinkedCourse(courseId, name, latest.state().name().toLowerCase(Locale.ROOT), latest.createdAt(), latest.error());
    }
}
