package org.thirdspace.application.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.lms.CourseGroupsSource;
import org.thirdspace.application.lms.GroupsPage;
import org.thirdspace.application.lms.PagingGuard;
import org.thirdspace.application.lms.ServiceFailure;
import org.thirdspace.application.lms.ServiceRefused;
import org.thirdspace.community.coursegroup.ImportedGroup;
import org.thirdspace.community.coursegroup.ImportedGroupSet;
import org.thirdspace.config.ToolSettings;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
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

    private CourseGroupsSource source;
    private ApplyCourseGroups apply;
    private RosterSyncSteps steps;
    private ToolSettings settings;

    protected ImportCourseGroups() {
    }

    @Inject
    public ImportCourseGroups(CourseGroupsSource source, ApplyCourseGroups apply, RosterSyncSteps steps, ToolSettings settings) {
        this.source = source;
        this.apply = apply;
        this.steps = steps;
        this.settings = settings;
    }

    void run(RosterPlan plan) {
        try {
            List<ImportedGroupSet> sets = plan.services().groupSetsUrl() == null ? List.of()
                    : readAll(URI.create(plan.services().groupSetsUrl()), url -> source.sets(plan.account(), url), GroupsPage::sets);
            List<ImportedGroup> listed = readAll(URI.create(plan.services().groupsUrl()),
                    url -> source.groups(plan.account(), url), GroupsPage::groups);
            apply.apply(plan, sets, listed);
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
}
