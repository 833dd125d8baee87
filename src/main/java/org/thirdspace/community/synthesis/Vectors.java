package org.thirdspace.community.synthesis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentences as unit-length TF-IDF vectors, sparse: each sentence keeps its term ids in ascending
 * order with their weights. Term ids are given in order of first appearance, so the same input
 * gives the same ids. The idf is over sentences (each sentence a document, as in LexRank's §3).
 */
final class Vectors {

    private final int[][] terms;
    private final double[][] weights;
    private final double[] idf;

    private Vectors(int[][] terms, double[][] weights, double[] idf) {
        this.terms = terms;
        this.weights = weights;
        this.idf = idf;
    }

    static Vectors of(List<String[]> sentences) {
        Map<String, Integer> ids = new HashMap<>();
        int n = sentences.size();
        int[][] terms = new int[n][];
        int[][] counts = new int[n][];
        for (int i = 0; i < n; i++) {
            String[] words = sentences.get(i);
            int[] sorted = new int[words.length];
            for (int w = 0; w < words.length; w++) {
                sorted[w] = ids.computeIfAbsent(words[w], word -> ids.size());
            }
            Arrays.sort(sorted);
            // Runs of equal ids in the sorted list are a term and its count.
            int distinct = 0;
            int[] t = new int[sorted.length];
            int[] c = new int[sorted.length];
            for (int w = 0; w < sorted.length; w++) {
                if (distinct > 0 && t[distinct - 1] == sorted[w]) {
                    c[distinct - 1]++;
                } else {
                    t[distinct] = sorted[w];
                    c[distinct++] = 1;
                }
            }
            terms[i] = Arrays.copyOf(t, distinct);
            counts[i] = Arrays.copyOf(c, distinct);
        }
        int[] df = new int[ids.size()];
        for (int[] t : terms) {
            for (int id : t) {
                df[id]++;
            }
        }
        double[] idf = new double[df.length];
        for (int id = 0; id < df.length; id++) {
            idf[id] = Math.log(1.0 + (double) n / df[id]);
        }
        double[][] weights = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] w = new double[terms[i].length];
            double norm = 0;
            for (int a = 0; a < w.length; a++) {
                w[a] = counts[i][a] * idf[terms[i][a]];
                norm += w[a] * w[a];
            }
            norm = Math.sqrt(norm);
            for (int a = 0; a < w.length; a++) {
                w[a] /= norm;
            }
            weights[i] = w;
        }
        return new Vectors(terms, weights, idf);
    }

    int size() {
        return terms.length;
    }

    int[] terms(int sentence) {
        return terms[sentence];
    }

    double[] weights(int sentence) {
        return weights[sentence];
    }

    double weight(int sentence, int term) {
        int at = Arrays.binarySearch(terms[sentence], term);
        return at < 0 ? 0 : weights[sentence][at];
    }

    /** Cosine of two unit vectors: a merge of their sorted term lists. */
    double cosine(int a, int b) {
        int[] ta = terms[a];
        int[] tb = terms[b];
        double dot = 0;
        for (int i = 0, j = 0; i < ta.length && j < tb.length; ) {
            if (ta[i] == tb[j]) {
                dot += weights[a][i++] * weights[b][j++];
            } else if (ta[i] < tb[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }

    /** The mean of all vectors, dense, keeping only its {@code top} heaviest terms (the "centroid words"). */
    double[] centroid(int top) {
        double[] centroid = new double[idf.length];
        for (int i = 0; i < terms.length; i++) {
            for (int a = 0; a < terms[i].length; a++) {
                centroid[terms[i][a]] += weights[i][a] / terms.length;
            }
        }
        if (centroid.length > top) {
            double[] sorted = centroid.clone();
            Arrays.sort(sorted);
            double cut = sorted[sorted.length - top];
            for (int id = 0; id < centroid.length; id++) {
                if (centroid[id] < cut) {
                    centroid[id] = 0;
                }
            }
        }
        return centroid;
    }

    double dot(int sentence, double[] dense) {
        double dot = 0;
        for (int a = 0; a < terms[sentence].length; a++) {
            dot += weights[sentence][a] * dense[terms[sentence][a]];
        }
        return dot;
    }
}
