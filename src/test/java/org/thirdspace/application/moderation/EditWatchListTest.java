package org.thirdspace.application.moderation;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.moderation.ModeratorAction;
import org.thirdspace.fixture.Community;

import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.ORG;
import static org.thirdspace.fixture.TestData.aMember;

class EditWatchListTest {

    final Community community = new Community();
    final Actor admin = community.person(aMember().launchedAs(new RoleSet(EnumSet.noneOf(
            CourseRole.class), true, false)));

    @Test
    void anOrganisationAdminAddsAndRemovesTermsAndTheLogKeepsBoth() {
        EditWatchList.TermView added = community.editWatchList().add(admin, new EditWatchList.Request("Scam"), NOW);
        assertThat(community.editWatchList().list(admin)).extracting(EditWatchList.TermView::term).containsExactly(added.term());
        community.editWatchList().remove(admin, added.id(), NOW.plusSeconds(1));
        assertThat(community.editWatchList().list(admin)).isEmpty();
        assertThat(community.moderationLog.organisationAudit(ORG, 10)).extracting(e -> e.action())
                .containsExactly(ModeratorAction.REMOVE_WATCH_TERM, ModeratorAction.ADD_WATCH_TERM);
    }

    @Test
    void aTermListedAlreadyIsAConflictAndAnUnknownOneIsNotFound() {
        community.editWatchList().add(admin, new EditWatchList.Request("scam"), NOW);
        assertThatThrownBy(() -> community.editWatchList().add(admin, new EditWatchList.Request("scam"), NOW))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> community.editWatchList().remove(admin, UUID.randomUUID(), NOW)).isInstanceOf(NotFound.class);
    }

    @Test
    void onlyOrganisationAdminsKeepTheList() {
        Actor learner = community.person(aMember());
        assertThatThrownBy(() -> community.editWatchList().add(learner, new EditWatchList.Request("scam"), NOW))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> community.editWatchList().list(learner)).isInstanceOf(AccessDenied.class);
        assertThat(community.watchTerms.watchTerms(ORG)).isEmpty();
    }
}
