package org.thirdspace.community.peergroup.formation;

import java.util.List;
import java.util.Map;

/**
 * What a run achieved.
 *
 * @param meanDiversity       mean over the groups of the mean distance between two members (0–1)
 * @param randomDiversity     the same for random groupings of the same people under the same constraints
 * @param ratioToRandom       {@code meanDiversity / randomDiversity}
 * @param binding             per constraint, how many improving moves it refused and people it left
 *                            unplaced: the constraints that cost diversity
 * @param repeatedPairs       pairs grouped together again although they met in an earlier round
 * @param objective           the search's objective: the sum of within-group distances less the
 *                            penalties of repeated pairs
 * @param rounds              rounds of perturbation and descent the search ran
 * @param millis              wall time of the run
 */
public record FormationReport(double meanDiversity, double randomDiversity, double ratioToRandom,
                              Map<Constraint, Long> binding, List<RepeatedPair> repeatedPairs, double objective,
                              long rounds, long millis) {

    /** Two people who are together again, and how many rounds ago they last met. */
    public record RepeatedPair(String a, String b, int roundsAgo) {
    }

    public FormationReport {
        binding = Map.copyOf(binding);
        repeatedPairs = List.copyOf(repeatedPairs);
    }
}
