package org.thirdspace.community.synthesis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a text that carry its topic: lower-cased (with the locale's rules), split at
 * anything that is not a letter, a digit or an apostrophe inside a word, without stop words,
 * numbers and one-letter words. A plural "s" is dropped from longer words so that "checklist" and
 * "checklists" count as one term; no further stemming (the three languages would need three).
 */
public final class Terms {

    private final Locale locale;
    private final Set<String> stopWords;

    public Terms(Locale locale) {
        this.locale = locale == null ? Locale.ROOT : locale;
        this.stopWords = StopWords.of(this.locale);
    }

    public List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : words(text)) {
            word = withoutElision(word);
            if (!stopWords.contains(word) && word.length() > 1 && !word.chars().allMatch(Character::isDigit)) {
                terms.add(word.length() > 4 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word);
            }
        }
        return terms;
    }

    /** French "l'équipe", "qu'il", "d'accord": the word is what follows the apostrophe. */
    static String withoutElision(String word) {
        int apostrophe = word.indexOf('\'');
        if (apostrophe > 0 && apostrophe <= 2 && ELIDED.contains(word.substring(0, apostrophe))) {
            return word.substring(apostrophe + 1);
        }
        return word;
    }

    private static final Set<String> ELIDED = Set.of("l", "d", "j", "qu", "n", "c", "s", "m", "t");

    /** Every word, lower-cased, stop words included (RAKE splits phrases at them). */
    public List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean apostropheInWord = (c == '\'' || c == '’') && !word.isEmpty() && i + 1 < text.length()
                    && Character.isLetter(text.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || apostropheInWord) {
                word.append(c == '’' ? '\'' : c);
            } else if (!word.isEmpty()) {
                words.add(word.toString().toLowerCase(locale));
                word.setLength(0);
            }
        }
        return words;
    }

    public Set<String> stopWords() {
        return stopWords;
    }
}
