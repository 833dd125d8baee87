package org.thirdspace.application.discussion;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A thread with the posts the reader may see and what the reader may do. {@code audienceHistory}:
 * every widening and narrowing, oldest first; {@code narrowTo}: for its author, the audience the
 * thread can go back to (null when none).
 */
public record ThreadView(ThreadSummary thread, String spaceTitle, boolean inSpace, List<PostView> posts, int hiddenFromOutside,
                         boolean mayReply, boolean mayModerate, boolean mayFacilitate, boolean isAuthor, boolean following,
                         Request openRequest, Instant lastReadBefore, boolean muted, List<AudienceStep> audienceHistory,
                         String narrowTo) {

    /** A change of the thread's audience: from, to, by whom (their name), when, and whether a facilitator had asked. */
    public record AudienceStep(String from, String to, UUID byId, String byName, Instant at, boolean requested) {
    }

    /**
     * A post; deleted posts keep their place but lose their text. A post hidden by moderators keeps
     * its place too: members see a neutral notice ({@code hidden}, no text), its author and the
     * moderators still see the text. {@code collapsed}: the reader blocked its author.
     * {@code underReview}: for its author only, a moderation case about it is open. The opening post
     * of a thread the moderators hid names no author to others (null id, name and picture).
     * {@code reportedByMe}: the reader reported it already (a second report would be refused).
     * {@code authorPicture}: the picture the author's LMS sent, if any.
     * {@code historyShown}: the reader may see its earlier versions — everyone in the space, except
     * for a post the moderators reviewed: then only its author and the space's moderators.
     */
    public record PostView(UUID id, UUID authorId, String authorName, String authorPicture, UUID parentId, UUID quotedPostId, boolean opening,
                           String html, String markdown, Instant createdAt, Instant editedAt, int version, boolean deleted,
                           boolean sharedWider, Map<String, Integer> reactions, List<String> myReactions, boolean mayEdit,
                           boolean mayDelete, boolean hidden, boolean collapsed, boolean underReview, boolean reportedByMe,
                           boolean historyShown) {
    }

    /** A pending proposal to show the thread more widely. */
    public record Request(UUID id, String audience, UUID requestedBy, Instant requestedAt) {
    }
}
