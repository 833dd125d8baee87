package org.thirdspace.community.synthesis;

/** A sentence the summarizer chose, with its centrality (its share of the stationary distribution). */
public record KeySentence(Sentence sentence, double score) {
}
