package org.thirdspace.lti.nrps;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LinkHeaderTest {

    private static final URI PAGE = URI.create("https://lms.example.com/api/courses/7/names_and_roles?page=2");

    @Test
    void readsNextAndDifferencesFromOneHeaderWithSeveralLinks() {
        Map<String, URI> links = LinkHeader.parse(List.of(
                "<https://lms.example.com/api/courses/7/names_and_roles?page=3&per_page=50>; rel=\"next\", "
                        + "<https://lms.example.com/api/courses/7/names_and_roles?since=123>; rel=\"differences\""), PAGE);
        assertThat(links.get("next")).hasToString("https://lms.example.com/api/courses/7/names_and_roles?page=3&per_page=50");
        assertThat(links.get("differences")).hasToString("https://lms.example.com/api/courses/7/names_and_roles?since=123");
    }

    @Test
    void readsLinksSpreadOverSeveralHeadersWithUnquotedAndMultipleRelations() {
        Map<String, URI> links = LinkHeader.parse(List.of("<https://a.example/first>; rel=first",
                "<https://a.example/p3>; title=\"Page, three\"; rel=\"next last\""), PAGE);
        assertThat(links.get("first")).hasToString("https://a.example/first");
        assertThat(links.get("next")).hasToString("https://a.example/p3");
        assertThat(links.get("last")).hasToString("https://a.example/p3");
    }

    @Test
    void aCommaInsideTheUrlBelongsToTheUrl() {
        Map<String, URI> links = LinkHeader.parse(List.of("<https://a.example/m?roles=a,b&page=2>; rel=\"next\""), PAGE);
        assertThat(links.get("next")).hasToString("https://a.example/m?roles=a,b&page=2");
    }

    @Test
    void relativeReferencesResolveAgainstTheRequestUrl() {
        Map<String, URI> links = LinkHeader.parse(List.of("</api/courses/7/names_and_roles?page=3>; rel=\"next\""), PAGE);
        assertThat(links.get("next")).hasToString("https://lms.example.com/api/courses/7/names_and_roles?page=3");
    }

    @Test
    void linksWithoutRelationOrWithBrokenUrlsAreIgnored() {
        Map<String, URI> links = LinkHeader.parse(List.of("<https://a.example/x>; title=\"no rel\"", "<http://bad url>; rel=next",
                "garbage"), PAGE);
        assertThat(links).isEmpty();
    }

    @Test
    void theRelationTypeIsCaseInsensitive() {
        assertThat(LinkHeader.parse(List.of("<https://a.example/n>; REL=\"Next\""), PAGE)).containsKey("next");
    }
}
