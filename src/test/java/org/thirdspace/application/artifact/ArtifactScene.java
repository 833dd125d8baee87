package org.thirdspace.application.artifact;

import org.thirdspace.application.Actor;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.space.Space;
import org.thirdspace.fixture.Community;

import java.util.List;

import static org.thirdspace.fixture.TestData.NOW;
import static org.thirdspace.fixture.TestData.aMember;
import static org.thirdspace.fixture.TestData.aSpace;
import static org.thirdspace.fixture.TestData.aThread;

/**
 * A space where Ada asked how to welcome new colleagues, Bea and Carl replied, and Fay facilitates:
 * the conversation the artifact tests start from.
 */
class ArtifactScene {

    final Community community = new Community();
    final Space space = community.add(aSpace().titled("New managers"));
    final Actor ada = community.join(space, aMember().named("Ada Okafor"));
    final Actor bea = community.join(space, aMember().named("Bea Lindqvist"));
    final Actor carl = community.join(space, aMember().named("Carl Mensah"));
    final Actor fay = community.join(space, aMember().named("Fay Dubois").facilitator());
    final DiscussionThread thread = community.thread(space, ada, aThread().titled("First week").saying("How do you welcome new colleagues?"));
    final Post beaReply = community.reply(thread, bea, "Send the badge form before day one.");
    final Post carlReply = community.reply(thread, carl, "Pair them with a buddy for the first month.");

    static MakeArtifact.Request checklist(String title) {
        return new MakeArtifact.Request("checklist", title, "en", "apply", List.of("Onboarding"), null);
    }

    /** Fay asks everyone quoted, and they all agree. */
    void everyoneConsents(Artifact artifact) {
        community.askForConsent().ask(fay, artifact.id(), NOW);
        for (Actor who : new Actor[] {ada, bea, carl}) {
            community.answerConsent().give(who, artifact.id(), NOW);
        }
    }

    Artifact checklistBy(Actor maker) {
        return community.makeArtifact().make(maker, thread.id(), null, checklist("Welcoming a new colleague"), NOW);
    }
}
