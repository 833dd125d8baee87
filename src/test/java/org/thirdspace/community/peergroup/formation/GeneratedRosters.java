package org.thirdspace.community.peergroup.formation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Realistic rosters for tests and the benchmark: people across three regions with their time zones
 * and office hours, most speaking English and some only their local language, departments, units,
 * teams inside units, and a tenure band.
 */
public final class GeneratedRosters {

    private static final String[] REGIONS = {"Europe", "Americas", "Asia-Pacific"};
    private static final int[][] OFFSETS = {{0, 60, 120}, {-300, -360, -480}, {330, 480, 540}};
    private static final String[][] LOCAL = {{"fr", "de", "es"}, {"es", "pt", "en"}, {"hi", "zh", "ja"}};

    public static final List<Attribute> FOUR_ATTRIBUTES = List.of(
            Attribute.categorical("department", 1), Attribute.categorical("unit", 1),
            Attribute.categorical("region", 1), Attribute.numeric("tenure", 1));

    /** Shared language, two hours of overlap, teams apart. */
    public static final HardConstraints CONSTRAINTS = new HardConstraints(true, 120, true, Set.of());

    private GeneratedRosters() {
    }

    /**
     * @param englishShare share of people who speak English besides their local language
     * @param unknownShare share of values left unknown
     */
    public static List<Participant> roster(int n, long seed, double englishShare, double unknownShare) {
        SplittableRandom random = new SplittableRandom(seed);
        int departments = Math.max(2, Math.min(12, n / 8));
        int units = Math.max(2, Math.min(40, n / 20));
        List<Participant> people = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int region = random.nextInt(10) < 5 ? 0 : random.nextInt(2) + 1;
            int zone = random.nextInt(3);
            int unit = random.nextInt(units);
            Participant p = Participant.of("p" + i)
                    .withCategory("region", REGIONS[region])
                    .withHours(WorkingHours.officeHours(OFFSETS[region][zone]))
                    .withTeam("u" + unit + "-t" + random.nextInt(Math.max(1, n / units / 8 + 1)));
            if (random.nextDouble() >= unknownShare) {
                p = p.withCategory("department", "d" + random.nextInt(departments));
            }
            if (random.nextDouble() >= unknownShare) {
                p = p.withCategory("unit", "u" + unit);
            }
            if (random.nextDouble() >= unknownShare) {
                p = p.withNumber("tenure", 1 + random.nextInt(5));
            }
            Set<String> languages = new HashSet<>();
            languages.add(LOCAL[region][zone]);
            if (random.nextDouble() < englishShare) {
                languages.add("en");
            }
            people.add(p.withLanguages(languages));
        }
        return people;
    }

    public static FormationRequest request(List<Participant> people, long seed, Budget budget) {
        return new FormationRequest(people, FOUR_ATTRIBUTES, GroupSize.DEFAULT, CONSTRAINTS, List.of(), seed, budget);
    }

    /** Uniform random distances in [0, 1) with a zero diagonal: MDGPLIB's RanReal shape. */
    public static double[][] ranReal(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                d[i][j] = d[j][i] = random.nextDouble();
            }
        }
        return d;
    }
}
