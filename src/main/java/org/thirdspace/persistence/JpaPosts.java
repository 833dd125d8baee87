package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.PostRevision;
import org.thirdspace.community.discussion.PostSummary;
import org.thirdspace.community.discussion.Posts;
import org.thirdspace.community.discussion.Viewer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Posts and their revisions in the database. */
@ApplicationScoped
@Transactional
public class JpaPosts implements Posts {

    private EntityManager em;

    protected JpaPosts() {
    }

    @Inject
    public JpaPosts(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Post> post(UUID postId) {
        return Optional.ofNullable(em.find(Post.class, postId));
    }

    @Override
    public java.util.Map<UUID, Post> byIds(java.util.Collection<UUID> postIds) {
        java.util.Map<UUID, Post> posts = new java.util.HashMap<>();
        for (List<UUID> chunk : JpaRosters.chunks(postIds.stream().distinct().toList())) {
            new NativeQuery().sql("select * from post where id in ").in(chunk).readOnly(em, Post.class).forEach(p -> posts.put(p.id(), p));
        }
        return posts;
    }

    @Override
    public void add(Post post) {
        em.persist(post);
        em.flush();
    }

    @Override
    public void add(PostRevision revision) {
        em.persist(revision);
    }

    @Override
    public List<Post> posts(UUID threadId, int limit) {
        return new NativeQuery().sql("select * from post p where p.thread_id = ? order by p.created_at, p.id limit ?", threadId, limit)
                .entities(em, Post.class);
    }

    @Override
    public List<PostRevision> revisions(UUID postId) {
        return em.createQuery("select r from PostRevision r where r.postId = :post order by r.version desc", PostRevision.class)
                .setParameter("post", postId).getResultList();
    }

    @Override
    public List<Post> unsharedReplies(UUID threadId) {
        return em.createQuery("select p from Post p where p.threadId = :thread and p.sharedWider = false and p.deletedAt is null",
                Post.class).setParameter("thread", threadId).getResultList();
    }

    @Override
    public List<PostSummary> postsBy(UUID authorId, Viewer viewer, Instant now, int limit) {
        NativeQuery sql = new NativeQuery().sql("select p.id, p.thread_id, ");
        DiscussionVisibility.titleFor(sql, viewer);
        sql.sql(", p.space_id, p.author_id, p.created_at, p.body_text from post p join thread t on t.id = p.thread_id where p.author_id = ? and ",
                authorId);
        DiscussionVisibility.visible(sql, viewer, now);
        return DiscussionVisibility.summaries(em, sql.sql(" order by p.created_at desc limit ?", limit));
    }
}
