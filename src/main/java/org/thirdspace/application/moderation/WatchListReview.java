package org.thirdspace.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.DiscussionThread;
import org.thirdspace.community.moderation.CaseOrigin;
import org.thirdspace.community.moderation.Moderation;
import org.thirdspace.community.moderation.WatchList;
import org.thirdspace.community.moderation.WatchTerm;

import java.time.Instant;
import java.util.List;

/**
 * After a post is written or edited: when it contains a watch-list term, it stays published and a
 * case is opened for the moderators — the list points people at posts, it never deletes silently.
 */
@ApplicationScoped
public class WatchListReview {

    @Inject
    Moderation moderation;

    @Inject
    Cases cases;

    public void written(DiscussionThread thread, Post post, String title, Instant now) {
        List<String> terms = moderation.watchTerms(thread.organisationId()).stream().map(WatchTerm::term).toList();
        if (terms.isEmpty()) {
            return;
        }
        String text = title == null ? post.bodyText() : title + "\n" + post.bodyText();
        WatchList.firstMatch(terms, text).ifPresent(term -> {
            if (moderation.openCase(post.id()).isEmpty()) {
                cases.openFor(thread, post, CaseOrigin.WATCH_LIST, null, "watch-list term: " + term, now);
            }
        });
    }
}
