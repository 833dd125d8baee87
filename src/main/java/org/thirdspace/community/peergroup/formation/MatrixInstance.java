package org.thirdspace.community.peergroup.formation;

/**
 * An instance given by its distance matrix, with no constraints: the shape of the literature's
 * benchmark instances (MDGPLIB's RanReal: uniform random distances, equal groups). Groups may be
 * large here, so it keeps, for every person and group, the summed distance to the group's members
 * (the incremental delta table of Lai &amp; Hao's tabu search): a move's gain is then O(1), a
 * swap's O(1), and a move updates the table in O(people).
 */
final class MatrixInstance extends Instance {

    private final double[][] d;
    private double[][] sums;

    MatrixInstance(double[][] distances) {
        super(distances.length);
        this.d = distances;
    }

    @Override
    double distance(int i, int j) {
        return d[i][j];
    }

    @Override
    double sumTo(int i, Grouping s, int g) {
        if (sums == null) {
            return super.sumTo(i, s, g);
        }
        return sums[g][i];
    }

    @Override
    void attach(Grouping s) {
        // Group-major, so that a move updates two contiguous rows.
        sums = new double[s.groups][people];
        for (int g = 0; g < s.groups; g++) {
            double[] row = sums[g];
            for (int x = 0; x < s.size[g]; x++) {
                double[] dj = d[s.members[g][x]];
                for (int i = 0; i < people; i++) {
                    row[i] += dj[i];
                }
            }
        }
    }

    @Override
    void moved(int i, int from, int to) {
        if (sums == null) {
            return;
        }
        double[] row = d[i];
        if (from >= 0) {
            double[] out = sums[from];
            for (int p = 0; p < people; p++) {
                out[p] -= row[p];
            }
        }
        if (to >= 0) {
            double[] in = sums[to];
            for (int p = 0; p < people; p++) {
                in[p] += row[p];
            }
        }
    }
}
