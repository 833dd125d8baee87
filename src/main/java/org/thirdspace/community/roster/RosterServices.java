package org.thirdspace.community.roster;

/**
 * The roster services a course's LMS offered at its latest launch: the NRPS context memberships
 * URL, the resource link to ask about ({@code rlid}), and the Course Groups Service URLs. A null URL
 * is a service not offered.
 */
public record RosterServices(String membershipsUrl, String resourceLinkKey, String groupsUrl, String groupSetsUrl) {

    public boolean offersRoster() {
        return membershipsUrl != null;
    }

    public boolean offersGroups() {
        return groupsUrl != null;
    }
}
