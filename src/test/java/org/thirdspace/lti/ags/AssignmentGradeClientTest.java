package org.thirdspace.lti.ags;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.lms.GradeSink;
import org.thirdspace.application.lms.ServiceRefused;

import java.net.URI;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssignmentGradeClientTest {

    @Test
    void scoresGoToTheLineItemPathWithScoresAddedBeforeAnyQuery() throws Exception {
        assertThat(AssignmentGradeClient.scoresUrl(URI.create("https://lms.example/api/lti/courses/1/line_items/7")))
                .hasToString("https://lms.example/api/lti/courses/1/line_items/7/scores");
        assertThat(AssignmentGradeClient.scoresUrl(URI.create("https://lms.example/mod/lti/services.php/2/lineitems/7/lineitem?type_id=3")))
                .hasToString("https://lms.example/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=3");
    }

    @Test
    void onlyALineItemWithTheLinksIdAndTheToolsTagIsTheLinks() throws Exception {
        GradeSink.LineItem wanted = new GradeSink.LineItem("link-1", "thirdspace-participation", "Participation", 3);
        String body = "[{\"id\": \"https://lms.example/li/1\", \"resourceLinkId\": \"link-1\", \"tag\": \"other\"},"
                + "{\"id\": \"https://lms.example/li/2\", \"resourceLinkId\": \"link-2\", \"tag\": \"thirdspace-participation\"},"
                + "{\"id\": \"https://lms.example/li/3\", \"resourceLinkId\": \"link-1\", \"tag\": \"thirdspace-participation\"}]";
        assertThat(AssignmentGradeClient.matching(body, wanted)).isEqualTo("https://lms.example/li/3");
        assertThat(AssignmentGradeClient.matching("[]", wanted)).isNull();
        assertThatThrownBy(() -> AssignmentGradeClient.matching("{\"not\": \"an array\"}", wanted)).isInstanceOf(ServiceRefused.class);
    }

    @Test
    void timestampsAreIso8601WithMilliseconds() {
        assertThat(AssignmentGradeClient.TIMESTAMP.format(Instant.parse("2026-05-10T12:00:00Z"))).isEqualTo("2026-05-10T12:00:00.000Z");
    }
}
