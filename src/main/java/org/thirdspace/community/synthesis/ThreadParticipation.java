package org.thirdspace.community.synthesis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * How many people wrote in a thread this week, and how many posts. The week's threads are ranked
 * by people first, then posts — never by reactions: a synthesis shows where the conversation was,
 * not what was applauded (PRODUCT.md: no engagement ranking).
 */
public record ThreadParticipation(UUID threadId, String title, int people, int posts) {

    public static List<ThreadParticipation> rank(List<WeekPost> week, int limit) {
        Map<UUID, String> titles = new LinkedHashMap<>();
        Map<UUID, Set<UUID>> people = new LinkedHashMap<>();
        Map<UUID, Integer> posts = new LinkedHashMap<>();
        for (WeekPost post : week) {
            titles.putIfAbsent(post.threadId(), post.threadTitle());
            people.computeIfAbsent(post.threadId(), t -> new HashSet<>()).add(post.authorId());
            posts.merge(post.threadId(), 1, Integer::sum);
        }
        List<ThreadParticipation> ranked = new ArrayList<>();
        titles.forEach((thread, title) -> ranked.add(new ThreadParticipation(thread, title, people.get(thread).size(), posts.get(thread))));
        ranked.sort(Comparator.comparingInt(ThreadParticipation::people).reversed()
                .thenComparing(Comparator.comparingInt(ThreadParticipation::posts).reversed())
                .thenComparing(ThreadParticipation::threadId));
        return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
    }
}
