/**
 * The weekly synthesis of a space: what its members did in a week (threads with the most
 * participation, questions still unanswered, new tags and key phrases, new members) and the key
 * sentences of the week, chosen by an extractive summarizer that runs in the JVM ({@link KeySentences},
 * LexRank; {@link KeyPhrases}, RAKE). Nothing here ranks by reactions: participation is counted in
 * people and posts. PRODUCT.md's synthesizer role; the published synthesis is an artifact of type
 * {@code WEEKLY_SYNTHESIS}.
 */
package org.thirdspace.community.synthesis;
