package org.thirdspace.community.synthesis;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a post into sentences with the locale's rules ({@link BreakIterator#getSentenceInstance}:
 * "Dr." or "z. B." do not end a sentence, "?" and "!" do). Lines are sentences too: a list item
 * or a heading rarely ends with a full stop. Sentences too short to say anything, or too long to
 * quote, are left out.
 */
public final class SentenceSplitter {

    /** Fewer words than this is a greeting or a fragment ("Thanks!", "+1"), not a key sentence. */
    static final int MIN_WORDS = 4;
    /** A run-on "sentence" longer than this is a pasted block, not a sentence. */
    static final int MAX_CHARS = 400;

    /** Compiled once: a week of posts is tens of thousands of lines and sentences. */
    private static final Pattern LINES = Pattern.compile("\\R+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** One per splitter (a BreakIterator is not thread-safe; a splitter is used by one summary at a time). */
    private final BreakIterator breaks;

    public SentenceSplitter(Locale locale) {
        this.breaks = BreakIterator.getSentenceInstance(locale == null ? Locale.ROOT : locale);
    }

    public List<Sentence> split(Passage passage) {
        List<Sentence> sentences = new ArrayList<>();
        for (String line : LINES.split(passage.text())) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            breaks.setText(text);
            int start = breaks.first();
            for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
                if (end < text.length() && endsWithAbbreviation(text.substring(start, end).strip())) {
                    continue;
                }
                String sentence = SPACES.matcher(text.substring(start, end).strip()).replaceAll(" ");
                start = end;
                if (sentence.length() <= MAX_CHARS && words(sentence) >= MIN_WORDS) {
                    sentences.add(new Sentence(sentence, passage.postId(), passage.threadId(), sentences.size(), passage.opening()));
                }
            }
        }
        return sentences;
    }

    /**
     * The JDK's rules know English titles ("Mr.") but not "z. B.", "d. h.", "bzw." or "p. ex.": a
     * full stop after a word of one or two letters, or after one of these, does not end a sentence.
     */
    static boolean endsWithAbbreviation(String fragment) {
        if (!fragment.endsWith(".")) {
            return false;
        }
        int start = fragment.length() - 1;
        while (start > 0 && Character.isLetter(fragment.charAt(start - 1))) {
            start--;
        }
        String word = fragment.substring(start, fragment.length() - 1);
        return word.length() == 1 || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> ABBREVIATIONS = Set.of("bzw", "vgl", "ggf", "evtl", "ca", "nr", "dr", "prof",
            "mme", "mlle", "cf", "ex", "vs", "resp", "env", "inkl", "zb");

    private static int words(String sentence) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < sentence.length(); i++) {
            boolean letter = Character.isLetterOrDigit(sentence.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
