package org.thirdspace.community.grading;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GradeServiceTest {

    private static final String ITEMS = "https://lms.example/ags/c1/lineitems";

    @Test
    void gradesGoBackOnlyWithTheScoreScopeAndALineItemToPostTo() {
        assertThat(new GradeService(List.of(GradeService.SCORE_SCOPE, GradeService.LINE_ITEM_SCOPE), ITEMS, null).unavailable()).isNull();
        assertThat(new GradeService(List.of(GradeService.LINE_ITEM_SCOPE), ITEMS, null).unavailable())
                .isEqualTo(GradingUnavailable.NO_SCORE_SCOPE);
        // Without the line item scope, only the launch's own line item can be used.
        assertThat(new GradeService(List.of(GradeService.SCORE_SCOPE), ITEMS, null).unavailable())
                .isEqualTo(GradingUnavailable.NO_LINE_ITEM);
        assertThat(new GradeService(List.of(GradeService.SCORE_SCOPE), null, ITEMS + "/7").unavailable()).isNull();
    }

    @Test
    void aLinkWithoutAnyLaunchOfferingTheServiceSaysSo() {
        LinkGrading grading = new LinkGrading(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), java.util.UUID.randomUUID(),
                "link-1", "Community", java.time.Instant.now());
        assertThat(grading.unavailable()).isEqualTo(GradingUnavailable.NO_SERVICE);
        assertThat(grading.enabled()).isFalse();
    }
}
