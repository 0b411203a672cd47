package org.matforge.optimizer.lib.forest;

import java.util.Random;

import org.matforge.optimizer.lib.Surrogate;

/**
 * Random-forest surrogate (Breiman): bootstrap samples, CART regression trees, mean and standard deviation of the
 * trees' predictions as the surrogate's mean and uncertainty; a Thompson draw is one tree. Our own, small: the Java
 * forests on Maven Central are GPL (Smile, Weka), incompatible with MatForge's Apache-2.0 licence, or (Tribuo)
 * bring a configuration and serialisation stack for a hundred-line algorithm.
 */
public final class RandomForest implements Surrogate {
    private final int trees;
    private final int minLeaf;
    private final double featureFraction;
    private RegressionTree[] forest;

    /**
     * @param trees           number of trees
     * @param minLeaf         smallest leaf
     * @param featureFraction share of the inputs tried at each split (1 = all, as scikit-learn's regressor)
     */
    public RandomForest(int trees, int minLeaf, double featureFraction) {
        this.trees = trees;
        this.minLeaf = minLeaf;
        this.featureFraction = featureFraction;
    }

    /** 100 trees, leaves of 1, every input tried per split. */
    public RandomForest() {
        this(100, 1, 1.0);
    }

    @Override
    public void fit(double[][] x, double[] y, Random random) {
        int n = x.length;
        int features = Math.max(1, (int) Math.round(featureFraction * x[0].length));
        forest = new RegressionTree[trees];
        for (int t = 0; t < trees; t++) {
            int[] rows = new int[n];
            for (int i = 0; i < n; i++) {
                rows[i] = random.nextInt(n);
            }
            forest[t] = RegressionTree.grow(x, y, rows, features, minLeaf, random);
        }
    }

    @Override
    public void update(double[][] x, double[] y, Random random) {
        fit(x, y, random);
    }

    @Override
    public Prediction predict(double[][] points) {
        double[] mean = new double[points.length];
        double[] sd = new double[points.length];
        for (int p = 0; p < points.length; p++) {
            double s = 0;
            double s2 = 0;
            for (RegressionTree t : forest) {
                double v = t.predict(points[p]);
                s += v;
                s2 += v * v;
            }
            mean[p] = s / forest.length;
            sd[p] = Math.sqrt(Math.max(0, s2 / forest.length - mean[p] * mean[p]));
        }
        return new Prediction(mean, sd);
    }

    @Override
    public double[] sample(double[][] points, Random random) {
        RegressionTree t = forest[random.nextInt(forest.length)];
        double[] f = new double[points.length];
        for (int p = 0; p < points.length; p++) {
            f[p] = t.predict(points[p]);
        }
        return f;
    }

    @Override
    public double[] lengthScales() {
        return null;
    }
}
