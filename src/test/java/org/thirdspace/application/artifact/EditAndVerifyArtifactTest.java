package org.thirdspace.application.artifact;

import org.junit.jupiter.api.Test;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.Verification;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;

/** EditArtifact and ChangeVerification: new versions with who and why; who may verify. */
class EditAndVerifyArtifactTest extends ArtifactScene {

    final Artifact artifact = checklistBy(ada);

    static EditArtifact.Request edit(String body, String reason) {
        return new EditArtifact.Request("Welcoming a new colleague", body, List.of("onboarding", "Buddy"), "solve", reason, null, null,
                null, null);
    }

    @Test
    void anEditIsANewVersionWithWhoAndWhyAndTheSourcesStayAsCited() {
        community.editArtifact().edit(fay, artifact.id(), edit("## Checklist\n\n- [ ] Badge form", "shorter"), NOW.plusSeconds(60));
        assertThat(artifact.version()).isEqualTo(2);
        assertThat(artifact.tags()).containsExactly("buddy", "onboarding");
        assertThat(community.artifactVersions.of(artifact.id())).extracting(v -> v.version() + " " + v.reason())
                .containsExactly("1 made from the conversation “First week”", "2 shorter");
        assertThat(community.artifactVersions.of(artifact.id()).get(1).changedBy()).isEqualTo(fay.personId());
        // The source is edited afterwards: provenance still says what was cited.
        beaReply.edit(org.thirdspace.fixture.TestData.body("Something else entirely"), null, bea.personId(), NOW.plusSeconds(120));
        assertThat(community.showArtifact().show(ada, artifact.id(), NOW.plusSeconds(180)).provenance())
                .anySatisfy(s -> assertThat(s.excerpt()).isEqualTo("Send the badge form before day one."));
    }

    @Test
    void anEditNeedsAReasonATitleAndABodyAndOnlyTheStewardOrAFacilitatorEdits() {
        assertThatThrownBy(() -> community.editArtifact().edit(ada, artifact.id(), edit("text", " "), NOW))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> community.editArtifact().edit(ada, artifact.id(), edit("x".repeat(20_001), "why"), NOW))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("longer than 20000");
        assertThatThrownBy(() -> community.editArtifact().edit(bea, artifact.id(), edit("text", "mine now"), NOW))
                .isInstanceOf(AccessDenied.class);
        assertThat(artifact.version()).isEqualTo(1);
        assertThat(community.artifactVersions.of(artifact.id())).hasSize(1);
    }

    @Test
    void stewardshipGoesToAnotherMemberAndTheBackupVerifierIsSomeoneElse() {
        community.editArtifact().edit(ada, artifact.id(), new EditArtifact.Request("t", "b", null, null, "handing over",
                bea.personId(), carl.personId(), null, 30), NOW);
        assertThat(artifact.stewardId()).isEqualTo(bea.personId());
        assertThat(artifact.backupVerifierId()).contains(carl.personId());
        assertThat(artifact.reviewIntervalDays()).isEqualTo(30);
        Actor outsider = community.person(aMember());
        assertThatThrownBy(() -> community.editArtifact().edit(bea, artifact.id(), new EditArtifact.Request("t", "b", null, null, "x",
                outsider.personId(), null, null, null), NOW)).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> community.editArtifact().edit(bea, artifact.id(), new EditArtifact.Request("t", "b", null, null, "x",
                null, bea.personId(), null, null), NOW)).isInstanceOf(InvalidRequest.class).hasMessageContaining("other than");
        assertThatThrownBy(() -> community.editArtifact().edit(bea, artifact.id(), new EditArtifact.Request("t", "b", null, null, "x",
                null, null, null, 0), NOW)).isInstanceOf(InvalidRequest.class).hasMessageContaining("interval");
        // Ada handed it over: she no longer edits it.
        assertThatThrownBy(() -> community.editArtifact().edit(ada, artifact.id(), edit("b", "x"), NOW)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void aPeerReviewsSomeoneElsesWordsAFacilitatorOrTheBackupVerifierVerifiesAsExpert() {
        assertThatThrownBy(() -> community.changeVerification().change(bea, artifact.id(), "EXPERT_VERIFIED", NOW))
                .isInstanceOf(AccessDenied.class);
        community.changeVerification().change(bea, artifact.id(), "PEER_REVIEWED", NOW);
        assertThat(artifact.verification()).isEqualTo(Verification.PEER_REVIEWED);
        // The steward who wrote the current version does not verify their own words as an expert.
        assertThatThrownBy(() -> community.changeVerification().change(ada, artifact.id(), "EXPERT_VERIFIED", NOW))
                .isInstanceOf(AccessDenied.class);
        community.changeVerification().change(fay, artifact.id(), "EXPERT_VERIFIED", NOW);
        assertThat(artifact.verification()).isEqualTo(Verification.EXPERT_VERIFIED);
        assertThatThrownBy(() -> community.changeVerification().change(bea, artifact.id(), "OBSOLETE", NOW))
                .isInstanceOf(AccessDenied.class);
        community.changeVerification().change(ada, artifact.id(), "OBSOLETE", NOW);
        assertThatThrownBy(() -> community.changeVerification().change(fay, artifact.id(), "PEER_REVIEWED", NOW))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> community.changeVerification().change(fay, artifact.id(), "GOLD", NOW))
                .isInstanceOf(InvalidRequest.class);
        assertThat(artifact.verification()).isEqualTo(Verification.OBSOLETE);
    }
}
