package org.thirdspace.application.moderation;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.moderation.IllegalTransition;
import org.thirdspace.community.moderation.ModerationCase;
import org.thirdspace.community.moderation.ModerationState;
import org.thirdspace.community.moderation.ModeratorAction;
import org.thirdspace.community.moderation.StepKind;
import org.thirdspace.community.notification.NotificationKind;
import org.thirdspace.community.space.Space;
import org.thirdspace.fixture.Community;

import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;
import static org.thirdspace.fixture.TestData.aThread;

/** A case from the moderator's note to the author's request for review and the decision: SendModeratorNote, RequestReview, ShowMyPostReview, DecideCase. */
class CaseWorkTest {

    final Community community = new Community();
    final Space space = community.add(aSpace());
    final Actor author = community.join(space, aMember().named("Grace"));
    final Actor moderator = community.join(space, aMember().moderator());
    final DiscussionThread thread = community.thread(space, author, aThread());
    final Post post = community.opening(thread);
    final ModerationCase aCase = community.caseAbout(thread, post, moderator);

    @Test
    void aModeratorWritesToTheAuthorWhoReadsItAndAsksForAReview() {
        community.sendModeratorNote().send(moderator, aCase.id(), new SendModeratorNote.Request("Please remove the phone number"), NOW);
        assertThat(community.notifications.recent(author.personId(), false, 5)).singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(NotificationKind.MODERATOR_NOTE));
        ShowMyPostReview.PostReview review = community.showMyPostReview().show(author, post.id(), NOW);
        assertThat(review.underReview()).isTrue();
        assertThat(review.notes()).extracting(ShowMyPostReview.Note::text).containsExactly("Please remove the phone number");
        community.requestReview().request(author, post.id(), new RequestReview.Request("Done"), NOW.plusSeconds(60));
        assertThat(community.moderationCases.steps(aCase.id())).extracting(s -> s.kind())
                .containsExactly(StepKind.OPENED, StepKind.NOTE_SENT, StepKind.REVIEW_REQUESTED);
        assertThat(community.moderationLog.audit(space.id(), 5)).extracting(e -> e.action()).containsExactly(ModeratorAction.SEND_NOTE);
    }

    @Test
    void onlyTheSpacesModeratorsOrTheOrganisationsAdminsHandleACase() {
        Actor ada = community.join(space, aMember());
        assertThatThrownBy(() -> community.sendModeratorNote().send(ada, aCase.id(), new SendModeratorNote.Request("Hi"), NOW))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> community.decideCase().decide(ada, aCase.id(), new DecideCase.Request("UPHELD", "no"), NOW))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> community.sendModeratorNote().send(moderator, UUID.randomUUID(), new SendModeratorNote.Request("Hi"), NOW))
                .isInstanceOf(NotFound.class);
        assertThat(community.moderationCases.steps(aCase.id())).hasSize(1);
    }

    @Test
    void onlyTheAuthorSeesTheReviewOrAsksForOne() {
        Actor ada = community.join(space, aMember());
        assertThatThrownBy(() -> community.showMyPostReview().show(ada, post.id(), NOW)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> community.requestReview().request(ada, post.id(), null, NOW)).isInstanceOf(AccessDenied.class);
        Post other = community.reply(thread, author, "Nothing wrong here");
        assertThatThrownBy(() -> community.requestReview().request(author, other.id(), null, NOW)).isInstanceOf(NotFound.class);
    }

    @Test
    void dismissingACaseRestoresAHiddenPostAndTheLogKeepsTheDecision() {
        post.hide(NOW.minusSeconds(200));
        assertThat(community.decideCase().decide(moderator, aCase.id(), new DecideCase.Request("DISMISSED", "fine after all"), NOW))
                .isEqualTo(ModerationState.DISMISSED);
        assertThat(post.isHidden()).isFalse();
        assertThat(aCase.state()).isEqualTo(ModerationState.DISMISSED);
        assertThat(community.moderationLog.audit(space.id(), 5)).extracting(e -> e.action()).containsExactly(ModeratorAction.DECIDE_CASE);
    }

    @Test
    void anEscalatedCaseIsDecidedByTheOrganisationsAdminsOnly() {
        community.decideCase().decide(moderator, aCase.id(), new DecideCase.Request("ESCALATED", "not sure"), NOW);
        assertThatThrownBy(() -> community.decideCase().decide(moderator, aCase.id(), new DecideCase.Request("UPHELD", "yes"), NOW))
                .isInstanceOf(AccessDenied.class);
        Actor admin = community.person(aMember().launchedAs(new RoleSet(EnumSet.noneOf(CourseRole.class), true, false)));
        community.decideCase().decide(admin, aCase.id(), new DecideCase.Request("UPHELD", "yes"), NOW.plusSeconds(60));
        assertThat(aCase.state()).isEqualTo(ModerationState.UPHELD);
    }

    @Test
    void aDecidedCaseDoesNotMoveAgainAndTheTargetStateMustBeNamed() {
        community.decideCase().decide(moderator, aCase.id(), new DecideCase.Request("UPHELD", "yes"), NOW);
        assertThatThrownBy(() -> community.decideCase().decide(moderator, aCase.id(), new DecideCase.Request("DISMISSED", "no"), NOW))
                .isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> community.decideCase().decide(moderator, aCase.id(), new DecideCase.Request("MAYBE", "no"), NOW))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("to"));
    }
}
