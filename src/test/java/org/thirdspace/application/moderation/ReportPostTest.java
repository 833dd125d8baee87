package org.thirdspace.application.moderation;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.application.TooManyRequests;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.moderation.CaseOrigin;
import org.thirdspace.community.moderation.ModerationState;
import org.thirdspace.community.moderation.StepKind;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.digest.DigestFrequency;
import org.thirdspace.community.organisation.DefaultsChoice;
import org.thirdspace.community.organisation.OrganisationDefaults;
import org.thirdspace.community.organisation.SpaceCreation;
import org.thirdspace.config.Setting;
import org.thirdspace.fixture.Community;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;
import static org.thirdspace.fixture.TestData.aThread;

class ReportPostTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());
    final Actor author = community.join(space, aMember().named("Grace"));
    final DiscussionThread thread = community.thread(space, author, aThread());
    final Post opening = community.opening(thread);

    static ReportPost.Request because(String reason) {
        return new ReportPost.Request(reason, null);
    }

    @Test
    void aReportOpensACaseAndThePostStaysVisibleBelowTheThreshold() {
        Actor ada = community.join(space, aMember());
        MyReport report = community.reportPost().report(ada, opening.id(), because("SPAM"), NOW);
        assertThat(report).isNotNull();
        assertThat(community.moderationCases.all()).singleElement().satisfies(c -> {
            assertThat(c.origin()).isEqualTo(CaseOrigin.REPORTS);
            assertThat(c.state()).isEqualTo(ModerationState.PENDING);
            assertThat(community.moderationCases.steps(c.id())).extracting(s -> s.kind())
                    .containsExactly(StepKind.OPENED, StepKind.REPORTED);
        });
        assertThat(opening.isHidden()).isFalse();
    }

    @Test
    void enoughDifferentReportersHideThePostUntilAModeratorLooks() {
        community.set(Setting.REPORT_THRESHOLD, "2");
        community.reportPost().report(community.join(space, aMember()), opening.id(), because("HARASSMENT"), NOW);
        community.reportPost().report(community.join(space, aMember()), opening.id(), because("HATE"), NOW);
        assertThat(opening.isHidden()).isTrue();
        assertThat(community.moderationCases.all()).hasSize(1);
    }

    @Test
    void theOrganisationsThresholdWinsOverTheToolsSetting() {
        community.set(Setting.REPORT_THRESHOLD, "2");
        community.organisationDefaults.add(new OrganisationDefaults(space.organisationId(),
                new DefaultsChoice(3, DigestFrequency.WEEKLY, SpaceCreation.INSTRUCTORS_AND_ADMINS), "person:x", NOW));
        community.reportPost().report(community.join(space, aMember()), opening.id(), because("SPAM"), NOW);
        community.reportPost().report(community.join(space, aMember()), opening.id(), because("HATE"), NOW);
        assertThat(opening.isHidden()).as("two reporters: the organisation asks for three").isFalse();
        community.reportPost().report(community.join(space, aMember()), opening.id(), because("SPAM"), NOW);
        assertThat(opening.isHidden()).isTrue();
    }

    @Test
    void reportingTheSamePostTwiceIsAConflictAndWritesNothing() {
        Actor ada = community.join(space, aMember());
        community.reportPost().report(ada, opening.id(), because("SPAM"), NOW);
        assertThatThrownBy(() -> community.reportPost().report(ada, opening.id(), because("SPAM"), NOW.plusSeconds(5)))
                .isInstanceOf(Conflict.class);
        assertThat(community.reports.all()).hasSize(1);
    }

    @Test
    void reportingFasterThanTheLimitIsRefused() {
        community.set(Setting.REPORTS_PER_HOUR, "1");
        Actor ada = community.join(space, aMember());
        Post reply = community.reply(thread, author, "Another one");
        community.reportPost().report(ada, opening.id(), because("SPAM"), NOW.minusSeconds(60));
        assertThatThrownBy(() -> community.reportPost().report(ada, reply.id(), because("SPAM"), NOW))
                .isInstanceOf(TooManyRequests.class);
        assertThat(community.reports.all()).hasSize(1);
    }

    @Test
    void nobodyReportsTheirOwnPostAndOutsidersDoNotReport() {
        Actor outsider = community.person(aMember());
        assertThatThrownBy(() -> community.reportPost().report(author, opening.id(), because("SPAM"), NOW))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> community.reportPost().report(outsider, opening.id(), because("SPAM"), NOW))
                .isInstanceOf(AccessDenied.class);
        assertThat(community.moderationCases.all()).isEmpty();
    }

    @Test
    void aSuspendedMemberDoesNotReport() {
        Actor ada = community.join(space, aMember());
        community.suspend(space, ada, community.join(space, aMember().moderator()), NOW.plusSeconds(60));
        assertThatThrownBy(() -> community.reportPost().report(ada, opening.id(), because("SPAM"), NOW))
                .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.code()).isEqualTo("suspended"));
    }

    @Test
    void aReasonIsRequiredAndOtherNeedsAFewWords() {
        Actor ada = community.join(space, aMember());
        assertThatThrownBy(() -> community.reportPost().report(ada, opening.id(), because("RUDE"), NOW))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> community.reportPost().report(ada, opening.id(), because("OTHER"), NOW))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("text"));
        assertThatThrownBy(() -> community.reportPost().report(ada, UUID.randomUUID(), because("SPAM"), NOW))
                .isInstanceOf(NotFound.class);
        assertThat(community.reports.all()).isEmpty();
    }
}
