package org.matforge.optimizer.lib.gp;

/** The Matérn 5/2 correlation k(r) = (1 + √5 r + 5r²/3) exp(−√5 r), r the length-scaled distance. */
public final class Matern52 {
    private static final double SQRT5 = Math.sqrt(5.0);

    private Matern52() {
    }

    /** @return k between a and b with one length scale per input (ARD) or one for all (length 1) */
    public static double correlation(double[] a, double[] b, double[] lengthScales) {
        double r2 = 0;
        for (int i = 0; i < a.length; i++) {
            double l = lengthScales.length == 1 ? lengthScales[0] : lengthScales[i];
            double d = (a[i] - b[i]) / l;
            r2 += d * d;
        }
        return ofDistance(Math.sqrt(r2));
    }

    /** @return k(r) */
    public static double ofDistance(double r) {
        double s = SQRT5 * r;
        return (1 + s + s * s / 3) * Math.exp(-s);
    }
}
