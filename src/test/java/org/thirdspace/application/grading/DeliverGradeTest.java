package org.thirdspace.application.grading;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.lms.GradeSink;
import org.thirdspace.application.lms.PlatformAccount;
import org.thirdspace.application.lms.PlatformUnavailable;
import org.thirdspace.application.lms.ServiceFailure;
import org.thirdspace.application.lms.ServiceRefused;
import org.thirdspace.application.lms.ServiceTimedOut;
import org.thirdspace.application.lms.ServiceUnavailable;
import org.thirdspace.community.grading.GradeDelivery;
import org.thirdspace.community.grading.GradeProblem;
import org.thirdspace.community.grading.GradeService;
import org.thirdspace.community.grading.GradeState;
import org.thirdspace.community.grading.LinkGrading;
import org.thirdspace.community.grading.ParticipationRule;
import org.thirdspace.fixture.InMemoryGradings;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What each answer of the LMS does to a delivery, with a scripted grade sink. */
class DeliverGradeTest {

    private static final String ITEMS = "https://lms.example/ags/c1/lineitems";
    private static final PlatformAccount ACCOUNT = new PlatformAccount(UUID.randomUUID(), "client", "https://lms.example/token", null);

    private final InMemoryGradings gradings = new InMemoryGradings();
    private final ScriptedSink sink = new ScriptedSink();
    private boolean platformActive = true;
    private final DeliverGrade deliver = new DeliverGrade(new GradeOutbox(gradings), organisation -> {
        if (!platformActive) {
            throw new PlatformUnavailable("the registration is suspended");
        }
        return ACCOUNT;
    }, sink);

    /** Answers score posts from a script (null: accepted), and hands out line items 1, 2, … */
    static final class ScriptedSink implements GradeSink {
        final Deque<ServiceFailure> answers = new ArrayDeque<>();
        final List<String> lineItemsCreated = new ArrayList<>();
        final List<Score> accepted = new ArrayList<>();
        final List<Instant> timestamps = new ArrayList<>();

        @Override
        public String lineItem(PlatformAccount account, GradeService service, LineItem wanted) {
            String url = ITEMS + "/" + (lineItemsCreated.size() + 1);
            lineItemsCreated.add(url);
            return url;
        }

        @Override
        public void score(PlatformAccount account, GradeService service, String lineItemUrl, Score score) throws ServiceFailure {
            timestamps.add(score.timestamp());
            ServiceFailure answer = answers.poll();
            if (answer != null) {
                throw answer;
            }
            accepted.add(score);
        }
    }

    private GradeDelivery queued() {
        UUID linkId = UUID.randomUUID();
        LinkGrading link = new LinkGrading(linkId, UUID.randomUUID(), UUID.randomUUID(), "link-1", "Community", Instant.now());
        link.offer(new GradeService(List.of(GradeService.SCORE_SCOPE, GradeService.LINE_ITEM_SCOPE), ITEMS, null), "Community", Instant.now());
        link.turnOn(new ParticipationRule(3, null, null), UUID.randomUUID(), Instant.now());
        gradings.add(link);
        GradeDelivery delivery = new GradeDelivery(linkId, UUID.randomUUID(), "sub-ada",
                new ParticipationRule.Score(2, 3, "InProgress", "Pending"), Instant.now());
        gradings.add(delivery);
        return delivery;
    }

    @Test
    void aScoreFindsOrCreatesTheLineItemOnceAndIsSent() {
        GradeDelivery delivery = queued();
        deliver.deliver(delivery.id());
        assertThat(delivery.state()).isEqualTo(GradeState.SENT);
        assertThat(sink.lineItemsCreated).hasSize(1);
        assertThat(sink.accepted).singleElement().satisfies(score -> {
            assertThat(score.userId()).isEqualTo("sub-ada");
            assertThat(score.given()).isEqualTo(2);
            assertThat(score.maximum()).isEqualTo(3);
        });
        assertThat(gradings.link(delivery.linkId()).orElseThrow().lineItem()).isEqualTo(ITEMS + "/1");
    }

    @Test
    void a404ReCreatesTheLineItemOnceAndTheInstructorStillReadsIt() {
        GradeDelivery delivery = queued();
        sink.answers.add(new ServiceRefused("gone", 404, null));
        deliver.deliver(delivery.id());
        assertThat(delivery.state()).isEqualTo(GradeState.SENT);
        assertThat(delivery.problem()).isEqualTo(GradeProblem.LINE_ITEM_DELETED);
        assertThat(sink.lineItemsCreated).hasSize(2);
        assertThat(gradings.link(delivery.linkId()).orElseThrow().lineItem()).isEqualTo(ITEMS + "/2");
    }

    @Test
    void a409IsSentAgainWithANewerTimestamp() {
        GradeDelivery delivery = queued();
        sink.answers.add(new ServiceRefused("stale", 409, null));
        deliver.deliver(delivery.id());
        assertThat(delivery.state()).isEqualTo(GradeState.SENT);
        assertThat(delivery.problem()).isEqualTo(GradeProblem.STALE_TIMESTAMP);
        assertThat(sink.timestamps).hasSize(2);
        assertThat(sink.timestamps.get(1)).isAfter(sink.timestamps.get(0));
    }

    @Test
    void a401AfterTheFreshTokenIsReportedAndNotRetriedBlindly() {
        GradeDelivery delivery = queued();
        sink.answers.add(new ServiceRefused("HTTP 401 (a fresh access token was refused too)", 401, null));
        deliver.deliver(delivery.id());
        assertThat(delivery.state()).isEqualTo(GradeState.FAILED);
        assertThat(delivery.problem()).isEqualTo(GradeProblem.UNAUTHORIZED);
        assertThat(delivery.problemStatus()).isEqualTo(401);
        assertThat(gradings.due(Instant.now().plusSeconds(7200), 10)).isEmpty();
    }

    @Test
    void serverErrorsAndTimeoutsAreRetriedLaterWithALaterTimestampEachTime() {
        GradeDelivery delivery = queued();
        sink.answers.add(new ServiceUnavailable("HTTP 503"));
        deliver.deliver(delivery.id());
        assertThat(delivery.state()).isEqualTo(GradeState.RETRYING);
        assertThat(delivery.problem()).isEqualTo(GradeProblem.PLATFORM_UNAVAILABLE);
        assertThat(gradings.due(Instant.now(), 10)).isEmpty();
        assertThat(gradings.due(Instant.now().plusSeconds(3), 10)).containsExactly(delivery.id());

        sink.answers.add(new ServiceTimedOut("timed out", null));
        deliver.deliver(delivery.id());
        assertThat(delivery.problem()).isEqualTo(GradeProblem.TIMED_OUT);
        assertThat(delivery.attempts()).isEqualTo(2);

        deliver.deliver(delivery.id());
        assertThat(delivery.state()).isEqualTo(GradeState.SENT);
        assertThat(sink.timestamps).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void anInactiveRegistrationIsShownAndRetriedLater() {
        GradeDelivery delivery = queued();
        platformActive = false;
        deliver.deliver(delivery.id());
        assertThat(delivery.state()).isEqualTo(GradeState.RETRYING);
        assertThat(delivery.problem()).isEqualTo(GradeProblem.PLATFORM_NOT_ACTIVE);
        assertThat(sink.timestamps).isEmpty();
    }
}
