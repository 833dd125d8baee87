package org.thirdspace.application.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.community.coursegroup.CourseGroup;
import org.thirdspace.community.coursegroup.CourseGroupSet;
import org.thirdspace.community.coursegroup.CourseGroups;
import org.thirdspace.community.coursegroup.ImportedGroup;
import org.thirdspace.community.coursegroup.ImportedGroupSet;
import org.thirdspace.community.roster.Rosters;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.lti.groups.CourseGroupsClient;
import org.thirdspace.lti.groups.GroupsPage;
import org.thirdspace.lti.nrps.PagingGuard;
import org.thirdspace.lti.services.ServiceFailure;
import org.thirdspace.lti.services.ServiceRefused;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Imports a course's group sets and groups from the Course Groups Service 1.0, as a step of a
 * roster run and before the roster, so that the roster's {@code group_enrollments} find their
 * groups. A course has few groups next to its members, so both listings are read whole (capped)
 * and applied in one transaction: groups the LMS no longer lists are retired — only after both
 * listings were read completely. Failure here is a warning on the run, not its end.
 */
@ApplicationScoped
public class ImportCourseGroups {

    /** More groups than this in one course is taken as a broken listing, not a course. */
    static final int MAX_GROUPS = 20_000;

    @Inject
    CourseGroupsClient client;

    @Inject
    CourseGroups groups;

    @Inject
    Rosters rosters;

    @Inject
    RosterSyncSteps steps;

    @Inject
    ToolSettings settings;

    void run(RosterPlan plan) {
        try {
            List<ImportedGroupSet> sets = plan.services().groupSetsUrl() == null ? List.of()
                    : readAll(URI.create(plan.services().groupSetsUrl()), url -> client.sets(plan.account(), url), GroupsPage::sets);
            List<ImportedGroup> listed = readAll(URI.create(plan.services().groupsUrl()),
                    url -> client.groups(plan.account(), url), GroupsPage::groups);
            applyAll(plan, sets, listed);
        } catch (ServiceFailure | IllegalArgumentException e) {
            steps.warn(plan, "course groups were not updated: " + e.getMessage());
        }
    }

    @FunctionalInterface
    private interface PageReader {
        GroupsPage read(URI url) throws ServiceFailure;
    }

    private <T> List<T> readAll(URI first, PageReader reader, Function<GroupsPage, List<T>> items) throws ServiceFailure {
        PagingGuard guard = new PagingGuard(first, settings.rosterMaxPages());
        List<T> all = new ArrayList<>();
        URI url = first;
        while (url != null) {
            GroupsPage page = reader.read(url);
            all.addAll(items.apply(page));
            if (all.size() > MAX_GROUPS) {
                throw new ServiceRefused("the listing has more than " + MAX_GROUPS + " entries");
            }
            url = guard.follow(page.next());
        }
        return all;
    }

    @Transactional
    public void applyAll(RosterPlan plan, List<ImportedGroupSet> sets, List<ImportedGroup> listed) {
        Instant now = Instant.now();
        Map<String, CourseGroupSet> knownSets = new HashMap<>();
        for (CourseGroupSet set : groups.sets(plan.courseId())) {
            knownSets.put(set.key(), set);
        }
        Set<String> listedSets = new HashSet<>();
        for (ImportedGroupSet set : sets) {
            listedSets.add(set.key());
            CourseGroupSet known = knownSets.get(set.key());
            if (known == null) {
                groups.add(new CourseGroupSet(plan.courseId(), set, now));
            } else {
                known.refresh(set, now);
            }
        }
        knownSets.values().stream().filter(s -> !listedSets.contains(s.key())).forEach(s -> s.retire(now));

        Map<String, CourseGroup> known = new HashMap<>();
        for (CourseGroup group : groups.groups(plan.courseId())) {
            known.put(group.key(), group);
        }
        Set<String> listedKeys = new HashSet<>();
        for (ImportedGroup group : listed) {
            if (!listedKeys.add(group.key())) {
                continue;
            }
            CourseGroup existing = known.get(group.key());
            if (existing == null) {
                groups.add(new CourseGroup(plan.courseId(), group, now));
            } else {
                existing.refresh(group, now);
            }
        }
        known.values().stream().filter(g -> !listedKeys.contains(g.key())).forEach(g -> g.retire(now));
        rosters.sync(plan.syncId()).orElseThrow().groupsImported(listedKeys.size(), now);
    }
}
