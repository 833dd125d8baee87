package org.thirdspace.community.synthesis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The key sentences of a week's posts, chosen extractively (the members' own words, each still
 * knowing its post) and entirely in the JVM.
 *
 * <ol>
 *   <li><b>Centrality: LexRank</b> (G. Erkan and D. R. Radev, "LexRank: Graph-based Lexical
 *   Centrality as Salience in Text Summarization", JAIR 22, 2004). Sentences are TF-IDF vectors;
 *   edges weigh their idf-modified cosine, kept above {@link #EDGE_THRESHOLD} (their §3.2–3.3,
 *   "continuous LexRank"); the scores are the stationary distribution of the random walk on that
 *   graph, found by power iteration with damping {@link #DAMPING} — the PageRank form TextRank also
 *   uses (R. Mihalcea and P. Tarau, "TextRank: Bringing Order into Texts", EMNLP 2004, §2).</li>
 *   <li><b>Position prior.</b> The walk's teleport goes to sentences by a prior rather than
 *   uniformly (a biased / topic-sensitive LexRank): a post's first sentences, and opening posts,
 *   state what it is about more often than its later ones ({@link #prior}).</li>
 *   <li><b>Redundancy removal: MMR</b> (J. Carbonell and J. Goldstein, "The Use of MMR,
 *   Diversity-Based Reranking for Reordering Documents and Producing Summaries", SIGIR 1998).
 *   Sentences are picked one at a time by λ·centrality − (1−λ)·(greatest similarity to one already
 *   picked), and one too similar to a picked one ({@link #REDUNDANT}) is never picked.</li>
 * </ol>
 *
 * Scale: a week of a busy space has tens of thousands of sentences, and a dense graph is quadratic.
 * So at most {@link #CANDIDATES} sentences enter the graph, pre-selected by cosine to the week's
 * centroid (the centroid-based summarizer's score, Radev et al. 2004) times the prior, and the
 * similarities are computed sparsely through an inverted index: only pairs sharing a term are ever
 * looked at. Everything is in input order with index tie-breaks, so the same posts always give the
 * same sentences.
 */
public final class KeySentences {

    static final double DAMPING = 0.85;
    static final double EDGE_THRESHOLD = 0.1;
    static final double LAMBDA = 0.7;
    static final double REDUNDANT = 0.5;
    static final int CANDIDATES = 800;
    static final int CENTROID_TERMS = 100;
    private static final int MAX_ITERATIONS = 200;
    private static final double CONVERGED = 1e-9;

    private final Locale locale;
    private final int candidates;

    public KeySentences(Locale locale) {
        this(locale, CANDIDATES);
    }

    /** With another cap on the sentences that enter the graph (the benchmark measures the uncapped graph too). */
    public KeySentences(Locale locale, int candidates) {
        this.locale = locale == null ? Locale.ROOT : locale;
        this.candidates = candidates;
    }

    /** At most {@code count} key sentences of the passages, the most central first. */
    public List<KeySentence> of(List<Passage> passages, int count) {
        SentenceSplitter splitter = new SentenceSplitter(locale);
        Terms terms = new Terms(locale);
        List<Sentence> all = new ArrayList<>();
        List<String[]> words = new ArrayList<>();
        for (Passage passage : passages) {
            for (Sentence sentence : splitter.split(passage)) {
                List<String> t = terms.of(sentence.text());
                if (!t.isEmpty()) {
                    all.add(sentence);
                    words.add(t.toArray(String[]::new));
                }
            }
        }
        if (all.isEmpty() || count <= 0) {
            return List.of();
        }
        Vectors vectors = Vectors.of(words);
        double[] prior = new double[all.size()];
        for (int i = 0; i < prior.length; i++) {
            prior[i] = prior(all.get(i));
        }
        int[] chosen = preselect(vectors, prior);
        double[] scores = lexRank(vectors, chosen, prior);
        return mmr(vectors, chosen, scores, count).stream()
                .map(k -> new KeySentence(all.get(chosen[k]), scores[k]))
                .toList();
    }

    /**
     * The position prior: 1/√(1 + index in the post), times 1.5 for an opening post. Gentle on
     * purpose — it breaks ties between equally central sentences and leans the walk toward what a
     * post leads with, without letting an off-topic first sentence win.
     */
    static double prior(Sentence sentence) {
        return (sentence.opening() ? 1.5 : 1.0) / Math.sqrt(1 + sentence.indexInPost());
    }

    /** Every sentence when few enough; else the {@link #CANDIDATES} closest to the week's centroid, weighted by the prior. */
    private int[] preselect(Vectors vectors, double[] prior) {
        int n = vectors.size();
        if (n <= candidates) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        double[] centroid = vectors.centroid(CENTROID_TERMS);
        Integer[] order = new Integer[n];
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            score[i] = prior[i] * vectors.dot(i, centroid);
        }
        Arrays.sort(order, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b));
        int[] chosen = new int[candidates];
        for (int k = 0; k < candidates; k++) {
            chosen[k] = order[k];
        }
        Arrays.sort(chosen);
        return chosen;
    }

    /** Continuous LexRank with the prior as teleport vector; scores indexed like {@code chosen}. */
    private static double[] lexRank(Vectors vectors, int[] chosen, double[] prior) {
        int n = chosen.length;
        Weighted[] graph = graph(vectors, chosen);
        double[] teleport = new double[n];
        double total = 0;
        for (int k = 0; k < n; k++) {
            teleport[k] = prior[chosen[k]];
            total += teleport[k];
        }
        for (int k = 0; k < n; k++) {
            teleport[k] /= total;
        }
        double[] degree = new double[n];
        for (int k = 0; k < n; k++) {
            for (int e = 0; e < graph[k].size; e++) {
                degree[k] += graph[k].weights[e];
            }
        }
        double[] p = teleport.clone();
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = new double[n];
            double dangling = 0;
            for (int i = 0; i < n; i++) {
                if (degree[i] == 0) {
                    dangling += p[i];
                    continue;
                }
                double share = DAMPING * p[i] / degree[i];
                int[] to = graph[i].ids;
                double[] w = graph[i].weights;
                for (int e = 0; e < graph[i].size; e++) {
                    next[to[e]] += share * w[e];
                }
            }
            double change = 0;
            for (int k = 0; k < n; k++) {
                // A sentence like no other hands its weight on as a teleport would.
                next[k] += ((1 - DAMPING) + DAMPING * dangling) * teleport[k];
                change += Math.abs(next[k] - p[k]);
            }
            p = next;
            if (change < CONVERGED) {
                break;
            }
        }
        return p;
    }

    /** Ids in the order they were added, each with its weight: a node's neighbours, or a term's sentences. */
    private static final class Weighted {
        int[] ids = new int[4];
        double[] weights = new double[4];
        int size;

        void add(int id, double weight) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            ids[size] = id;
            weights[size++] = weight;
        }
    }

    /** The similarity graph: each node's neighbours in ascending order, with the edges' weights. */
    private static Weighted[] emptyGraph(int n) {
        Weighted[] graph = new Weighted[n];
        Arrays.setAll(graph, k -> new Weighted());
        return graph;
    }

    /** Edges above the threshold, found through the inverted index (pairs sharing a term only). */
    private static Weighted[] graph(Vectors vectors, int[] chosen) {
        int n = chosen.length;
        // Each term's postings: the sentences (ascending) with their weight for it, so that a pair's
        // dot product never looks a weight up again.
        Map<Integer, Weighted> postings = new HashMap<>();
        for (int k = 0; k < n; k++) {
            int[] termsOfK = vectors.terms(chosen[k]);
            double[] weightsOfK = vectors.weights(chosen[k]);
            for (int a = 0; a < termsOfK.length; a++) {
                postings.computeIfAbsent(termsOfK[a], t -> new Weighted()).add(k, weightsOfK[a]);
            }
        }
        Weighted[] graph = emptyGraph(n);
        double[] dots = new double[n];
        boolean[] seen = new boolean[n];
        int[] touched = new int[n];
        for (int k = 0; k < n; k++) {
            int count = 0;
            int[] termsOfK = vectors.terms(chosen[k]);
            double[] weightsOfK = vectors.weights(chosen[k]);
            for (int a = 0; a < termsOfK.length; a++) {
                Weighted p = postings.get(termsOfK[a]);
                // Ascending: the sentences after k are the tail, found by binary search.
                int from = Arrays.binarySearch(p.ids, 0, p.size, k) + 1;
                for (int e = from; e < p.size; e++) {
                    int other = p.ids[e];
                    if (!seen[other]) {
                        seen[other] = true;
                        touched[count++] = other;
                    }
                    dots[other] += weightsOfK[a] * p.weights[e];
                }
            }
            Arrays.sort(touched, 0, count);
            for (int c = 0; c < count; c++) {
                int other = touched[c];
                if (dots[other] >= EDGE_THRESHOLD) {
                    // k's edges to later nodes come after those from earlier ones: each list stays ascending.
                    graph[k].add(other, dots[other]);
                    graph[other].add(k, dots[other]);
                }
                dots[other] = 0;
                seen[other] = false;
            }
        }
        return graph;
    }

    /** Maximal marginal relevance over the ranked candidates; indexes into {@code chosen}. */
    private static List<Integer> mmr(Vectors vectors, int[] chosen, double[] scores, int count) {
        int n = chosen.length;
        double best = Arrays.stream(scores).max().orElse(1);
        Integer[] ranked = new Integer[n];
        Arrays.setAll(ranked, i -> i);
        Arrays.sort(ranked, (a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a]) : Integer.compare(a, b));
        List<Integer> picked = new ArrayList<>();
        boolean[] out = new boolean[n];
        while (picked.size() < count) {
            int choice = -1;
            double choiceValue = Double.NEGATIVE_INFINITY;
            for (int r = 0; r < n; r++) {
                int k = ranked[r];
                if (out[k]) {
                    continue;
                }
                double similarity = 0;
                for (int p : picked) {
                    similarity = Math.max(similarity, vectors.cosine(chosen[k], chosen[p]));
                }
                if (similarity > REDUNDANT) {
                    out[k] = true;
                    continue;
                }
                double value = LAMBDA * scores[k] / best - (1 - LAMBDA) * similarity;
                if (value > choiceValue) {
                    choiceValue = value;
                    choice = k;
                }
            }
            if (choice < 0) {
                break;
            }
            picked.add(choice);
            out[choice] = true;
        }
        return picked;
    }
}
