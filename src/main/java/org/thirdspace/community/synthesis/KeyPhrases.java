package org.thirdspace.community.synthesis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The key phrases of a week's posts, by RAKE (S. Rose, D. Engel, N. Cramer and W. Cowley,
 * "Automatic Keyword Extraction from Individual Documents", in Text Mining: Applications and
 * Theory, Wiley, 2010): candidate phrases are the runs of words between stop words and
 * punctuation; a word scores its degree over its frequency (words that keep company in longer
 * phrases score higher); a phrase scores the sum of its words. Across a week of posts a phrase must
 * come up in at least two posts to count — one person's turn of phrase is not the week's topic —
 * unless no phrase does. Phrases are at most {@link #MAX_WORDS} words.
 */
public final class KeyPhrases {

    static final int MAX_WORDS = 3;
    /** Where a phrase ends besides a stop word: punctuation (not an apostrophe or a hyphen in a word), quotes, line ends, a dash. */
    private static final Pattern BREAKS = Pattern.compile("[\\p{Punct}&&[^'’-]]|[\\n\\r\\t“”«»„]|\\s-\\s");

    private final Terms terms;

    public KeyPhrases(Locale locale) {
        this.terms = new Terms(locale);
    }

    public List<String> of(List<Passage> passages, int count) {
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        Map<String, Set<Object>> posts = new HashMap<>();
        Map<String, Integer> frequency = new HashMap<>();
        Map<String, Integer> degree = new HashMap<>();
        Set<String> stop = terms.stopWords();
        for (Passage passage : passages) {
            for (String fragment : BREAKS.split(passage.text())) {
                List<String> run = new ArrayList<>();
                for (String word : terms.words(fragment)) {
                    String w = Terms.withoutElision(word);
                    if (stop.contains(word) || stop.contains(w) || w.length() < 2 || w.chars().allMatch(Character::isDigit)) {
                        add(run, passage, phrases, posts, frequency, degree);
                        run = new ArrayList<>();
                    } else {
                        run.add(w);
                    }
                }
                add(run, passage, phrases, posts, frequency, degree);
            }
        }
        boolean anyShared = posts.values().stream().anyMatch(p -> p.size() >= 2);
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        for (Map.Entry<String, List<String>> phrase : phrases.entrySet()) {
            if (anyShared && posts.get(phrase.getKey()).size() < 2) {
                continue;
            }
            double score = 0;
            for (String word : phrase.getValue()) {
                score += (double) degree.get(word) / frequency.get(word);
            }
            scored.add(Map.entry(phrase.getKey(), score * Math.log(1 + posts.get(phrase.getKey()).size())));
        }
        scored.sort((a, b) -> !a.getValue().equals(b.getValue()) ? Double.compare(b.getValue(), a.getValue())
                : a.getKey().compareTo(b.getKey()));
        List<String> chosen = new ArrayList<>();
        for (Map.Entry<String, Double> phrase : scored) {
            // "onboarding" adds nothing next to "onboarding checklist".
            if (chosen.stream().noneMatch(c -> contains(c, phrase.getKey()) || contains(phrase.getKey(), c))) {
                chosen.add(phrase.getKey());
            }
            if (chosen.size() == count) {
                break;
            }
        }
        return chosen;
    }

    private static boolean contains(String longer, String shorter) {
        return (" " + longer + " ").contains(" " + shorter + " ");
    }

    private static void add(List<String> run, Passage passage, Map<String, List<String>> phrases, Map<String, Set<Object>> posts,
                            Map<String, Integer> frequency, Map<String, Integer> degree) {
        if (run.isEmpty() || run.size() > MAX_WORDS) {
            return;
        }
        String phrase = String.join(" ", run);
        phrases.putIfAbsent(phrase, List.copyOf(run));
        posts.computeIfAbsent(phrase, p -> new HashSet<>()).add(passage.postId());
        for (String word : run) {
            frequency.merge(word, 1, Integer::sum);
            degree.merge(word, run.size(), Integer::sum);
        }
    }
}
