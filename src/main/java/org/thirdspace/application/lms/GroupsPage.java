package org.thirdspace.application.lms;

import org.thirdspace.community.coursegroup.ImportedGroup;
import org.thirdspace.community.coursegroup.ImportedGroupSet;

import java.net.URI;
import java.util.List;

/** One page of a groups or group sets container, and the next page (null on the last). */
public record GroupsPage(List<ImportedGroup> groups, List<ImportedGroupSet> sets, URI next) {
}
