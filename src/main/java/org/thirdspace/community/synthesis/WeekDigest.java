package org.thirdspace.community.synthesis;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What a week's draft is built from: the threads with the most participation, the questions still
 * unanswered after {@link #UNANSWERED_AFTER_HOURS} hours, new tags and key phrases, new members,
 * and the key sentences, each with its post.
 */
public record WeekDigest(Week week, List<ThreadParticipation> mostParticipation, List<QuietThread> unanswered, List<String> newTags,
                         List<String> keyPhrases, List<NewMember> newMembers, List<CitedSentence> keySentences) {

    public static final int UNANSWERED_AFTER_HOURS = 72;
    /** Questions older than this are last month's, not this week's open ones. */
    public static final int UNANSWERED_LOOKBACK_DAYS = 14;
    public static final int THREADS = 5;
    public static final int SENTENCES = 7;
    public static final int PHRASES = 8;

    /** The questions among the quiet threads, opened at least 72 hours before {@code now}. */
    public static List<QuietThread> openQuestions(List<QuietThread> quiet, Instant now) {
        Instant asked = now.minusSeconds(UNANSWERED_AFTER_HOURS * 3600L);
        return quiet.stream().filter(QuietThread::asks).filter(q -> !q.openedAt().isAfter(asked)).toList();
    }

    public static WeekDigest of(Week week, List<WeekPost> posts, List<QuietThread> unanswered, List<String> newTags,
                                List<NewMember> newMembers, Locale locale) {
        List<Passage> passages = posts.stream().map(WeekPost::passage).toList();
        Map<UUID, WeekPost> byId = new HashMap<>();
        posts.forEach(p -> byId.put(p.postId(), p));
        List<CitedSentence> sentences = new KeySentences(locale).of(passages, SENTENCES).stream()
                .map(k -> {
                    WeekPost post = byId.get(k.sentence().postId());
                    return new CitedSentence(k.sentence().text(), post.postId(), post.threadId(), post.threadTitle(), post.authorId(),
                            post.version(), post.writtenAt(), k.score());
                })
                .toList();
        return new WeekDigest(week, ThreadParticipation.rank(posts, THREADS), List.copyOf(unanswered), List.copyOf(newTags),
                new KeyPhrases(locale).of(passages, PHRASES), List.copyOf(newMembers), sentences);
    }
}
