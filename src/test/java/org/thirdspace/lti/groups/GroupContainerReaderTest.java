package org.thirdspace.lti.groups;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.lms.GroupsPage;
import org.thirdspace.application.lms.ServiceRefused;
import org.thirdspace.community.coursegroup.ImportedGroup;
import org.thirdspace.community.coursegroup.ImportedGroupSet;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupContainerReaderTest {

    private static final URI URL = URI.create("https://lms.example.com/groups/7");

    @Test
    void readsGroupsWithEitherFormOfTheirSets() throws ServiceRefused {
        GroupsPage page = GroupContainerReader.groups("""
                {"id": "x", "groups": [
                  {"id": "g1", "name": "Team A", "tag": "project", "set_ids": ["s1", "s2"]},
                  {"id": 17, "name": "Team B", "set_id": "s1"},
                  {"id": "g3"}]}""", URL, List.of("<https://lms.example.com/groups/7?page=2>; rel=\"next\""));
        assertThat(page.groups()).containsExactly(
                new ImportedGroup("g1", "Team A", "project", List.of("s1", "s2")),
                new ImportedGroup("17", "Team B", null, List.of("s1")),
                new ImportedGroup("g3", "g3", null, List.of()));
        assertThat(page.next()).hasToString("https://lms.example.com/groups/7?page=2");
    }

    @Test
    void readsGroupSets() throws ServiceRefused {
        GroupsPage page = GroupContainerReader.sets("{\"sets\": [{\"id\": \"s1\", \"name\": \"Projects\", \"tag\": \"t\"}]}", URL, List.of());
        assertThat(page.sets()).containsExactly(new ImportedGroupSet("s1", "Projects", "t"));
        assertThat(page.next()).isNull();
    }

    @Test
    void refusesContainersThatBreakTheSpec() {
        assertThatThrownBy(() -> GroupContainerReader.groups("{\"sets\": []}", URL, List.of()))
                .isInstanceOf(ServiceRefused.class).hasMessageContaining("no groups array");
        assertThatThrownBy(() -> GroupContainerReader.groups("{\"groups\": [{\"name\": \"no id\"}]}", URL, List.of()))
                .hasMessageContaining("group 1 has no usable id");
        assertThatThrownBy(() -> GroupContainerReader.sets("[", URL, List.of())).hasMessageContaining("not a JSON object");
    }
}
