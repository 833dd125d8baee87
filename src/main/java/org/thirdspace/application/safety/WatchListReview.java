package org.thirdspace.application.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.moderation.CaseOrigin;
import org.thirdspace.community.moderation.ModerationCases;
import org.thirdspace.community.moderation.WatchList;
import org.thirdspace.community.moderation.WatchTerm;
import org.thirdspace.community.moderation.WatchTerms;

import java.time.Instant;
import java.util.List;

/**
 * After a post is written or edited: when it contains a watch-list term, it stays published and a
 * case is opened for the moderators — the list points people at posts, it never deletes silently.
 */
@ApplicationScoped
public class WatchListReview {

    private ModerationCases moderationCases;
    private WatchTerms watchTerms;
    private Cases cases;

    protected WatchListReview() {
    }

    @Inject
    public WatchListReview(ModerationCases moderationCases, WatchTerms watchTerms, Cases cases) {
        this.moderationCases = moderationCases;
        this.watchTerms = watchTerms;
        this.cases = cases;
    }

    public void written(DiscussionThread thread, Post post, String title, Instant now) {
        List<String> terms = watchTerms.watchTerms(thread.organisationId()).stream().map(WatchTerm::term).toList();
        if (terms.isEmpty()) {
            return;
        }
        String text = title == null ? post.bodyText() : title + "\n" + post.bodyText();
        WatchList.firstMatch(terms, text).ifPresent(term -> {
            if (moderationCases.openCase(post.id()).isEmpty()) {
                cases.openFor(thread, post, CaseOrigin.WATCH_LIST, null, "watch-list term: " + term, now);
            }
        });
    }
}
