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

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings a course's group sets and groups in line with complete listings from the LMS, in one
 * transaction: new ones are added, listed ones take the LMS's names, and those no longer listed
 * are retired (kept, inactive, with their members: peer groups seeded from them keep their origin).
 */
@ApplicationScoped
public class ApplyCourseGroups {

    private CourseGroups groups;
    private Rosters rosters;

    protected ApplyCourseGroups() {
    }

    @Inject
    public ApplyCourseGroups(CourseGroups groups, Rosters rosters) {
        this.groups = groups;
        this.rosters = rosters;
    }

    @Transactional
    public void apply(RosterPlan plan, List<ImportedGroupSet> sets, List<ImportedGroup> listed) {
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
