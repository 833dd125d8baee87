package org.thirdspace.application.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.discussion.ThreadAccess;
import org.thirdspace.application.safety.WriteGate;
import org.thirdspace.community.artifact.Answer;
import org.thirdspace.community.artifact.Answers;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.community.artifact.ArtifactType;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.space.SpacePolicy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The thread's author or a facilitator marks a reply as an answer to the thread's question (more
 * than one may be), and can turn it into an FAQ entry in the same step: the question from the
 * opening post, the answer from the reply, both cited.
 */
@ApplicationScoped
public class MarkAnswer {

    private ThreadAccess threads;
    private Answers answers;
    private WriteGate gate;
    private MakeArtifact make;

    protected MarkAnswer() {
    }

    @Inject
    public MarkAnswer(ThreadAccess threads, Answers answers, WriteGate gate, MakeArtifact make) {
        this.threads = threads;
        this.answers = answers;
        this.gate = gate;
        this.make = make;
    }

    /** Marks ({@code answer} true) or unmarks; marking twice changes nothing. */
    @Transactional
    public void mark(Actor actor, UUID postId, boolean answer, Instant now) {
        ThreadAccess.InThread in = threads.ofPost(actor, postId, now);
        Post post = threads.post(in, postId);
        if (!in.inSpace() || !(in.thread().authorId().equals(actor.personId()) || SpacePolicy.mayFacilitate(in.membership()))) {
            throw new AccessDenied("the thread's author and the space's facilitators mark answers");
        }
        if (post.isOpening() || post.isDeleted() || post.isHidden()) {
            throw new InvalidRequest("postId", "only a reply that can be read is marked as an answer");
        }
        gate.mayWrite(actor, in.thread().spaceId(), now);
        var marked = answers.of(in.thread().id(), postId);
        if (answer && marked.isEmpty()) {
            answers.add(new Answer(in.thread().id(), postId, actor.personId(), now));
        } else if (!answer) {
            marked.ifPresent(answers::remove);
        }
    }

    /** Marks the reply as an answer and makes an FAQ entry from it at once. */
    @Transactional
    public Artifact markAndMakeFaq(Actor actor, UUID postId, MakeArtifact.Request request, Instant now) {
        mark(actor, postId, true, now);
        UUID threadId = threads.ofPost(actor, postId, now).thread().id();
        MakeArtifact.Request faq = request == null ? new MakeArtifact.Request(ArtifactType.FAQ.name(), null, null, null, List.of(), null)
                : new MakeArtifact.Request(ArtifactType.FAQ.name(), request.title(), request.locale(), request.momentOfNeed(),
                request.tags(), request.backupVerifierId());
        return make.make(actor, threadId, postId, faq, now);
    }

    /** The replies marked as answers in a thread the caller can read. */
    @Transactional
    public List<UUID> answers(Actor actor, UUID threadId, Instant now) {
        threads.thread(actor, threadId, now);
        return answers.of(threadId).stream().map(Answer::postId).toList();
    }
}
