package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.artifact.Answer;
import org.thirdspace.community.artifact.Answers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Replies marked as answers, in {@code post_answer}. */
@ApplicationScoped
@Transactional
public class JpaAnswers implements Answers {

    private EntityManager em;

    protected JpaAnswers() {
    }

    @Inject
    public JpaAnswers(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Answer answer) {
        em.persist(answer);
    }

    @Override
    public void remove(Answer answer) {
        em.remove(em.contains(answer) ? answer : em.merge(answer));
    }

    @Override
    public Optional<Answer> of(UUID threadId, UUID postId) {
        return em.createQuery("select a from Answer a where a.threadId = :thread and a.postId = :post", Answer.class)
                .setParameter("thread", threadId).setParameter("post", postId).getResultStream().findFirst();
    }

    @Override
    public List<Answer> of(UUID threadId) {
        return em.createQuery("select a from Answer a where a.threadId = :thread order by a.markedAt, a.id", Answer.class)
                .setParameter("thread", threadId).setMaxResults(500).getResultList();
    }
}
