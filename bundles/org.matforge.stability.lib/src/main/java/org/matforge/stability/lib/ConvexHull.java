package org.matforge.stability.lib;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.linear.LinearConstraint;
import org.hipparchus.optim.linear.LinearConstraintSet;
import org.hipparchus.optim.linear.LinearObjectiveFunction;
import org.hipparchus.optim.linear.NonNegativeConstraint;
import org.hipparchus.optim.linear.Relationship;
import org.hipparchus.optim.linear.SimplexSolver;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;

/**
 * The lower convex hull of formation energy over composition, evaluated exactly at one composition as a linear
 * programme over the known phases of its chemical system: minimise Σ x<sub>i</sub> E<sub>i</sub> subject to
 * Σ x<sub>i</sub> f<sub>i,e</sub> = c<sub>e</sub> for every element e of the system and x ≥ 0, where f are the
 * phases' atom fractions and c the target's; each element is also a phase at 0 eV/atom, so the programme is always
 * feasible. The optimum is the hull energy and its basic solution (at most one phase per element) the decomposition.
 * Exact for any number of elements (the index finds the phases of up to 2<sup>n</sup> − 1 subsystems); solved with
 * Hipparchus' {@link SimplexSolver} (Bland's rule, so degenerate hull facets do not cycle).
 */
public final class ConvexHull {
    private static final double SHARE_CUTOFF = 1e-9;
    private static final int MAX_ITERATIONS = 100_000;
    private static final double BALANCE_TOLERANCE = 1e-6;

    private final PhaseIndex index;

    /** @param index the known phases */
    public ConvexHull(PhaseIndex index) {
        this.index = index;
    }

    /** @return the known phases */
    public PhaseIndex index() {
        return index;
    }

    /** @return the hull of every known phase at the composition */
    public HullPoint hullAt(Composition composition) {
        return hullAt(composition, p -> false);
    }

    /**
     * @param composition where to evaluate
     * @param excluded    phases to leave out (e.g. the phase being judged, for a decomposition energy)
     * @return the hull of the remaining known phases and the elements at the composition
     */
    public HullPoint hullAt(Composition composition, Predicate<Phase> excluded) {
        Composition target = composition.normalized();
        // one column per element: the lowest of its known phases, else the element at 0 eV/atom (two equal columns
        // would make the simplex tableau degenerate, where SimplexSolver was seen to return an infeasible point)
        Phase[] elements = new Phase[target.size()];
        for (int e = 0; e < target.size(); e++) {
            elements[e] = Phase.of(Composition.of(Map.of(target.element(e), 1)), 0);
        }
        List<Phase> columns = new ArrayList<>();
        int known = 0;
        for (Phase p : index.chemicalSystem(target)) {
            if (excluded.test(p)) {
                continue;
            }
            if (p.isElement()) {
                int e = indexOf(target, p.composition().element(0));
                if (p.energy() < elements[e].energy()) {
                    elements[e] = p;
                }
            } else {
                columns.add(p);
                known++;
            }
        }
        columns.addAll(0, List.of(elements));
        if (target.size() == 1) {
            Phase best = columns.stream().min(Comparator.comparingDouble(Phase::energy)).orElseThrow();
            return new HullPoint(composition, best.energy(), List.of(new Product(best, 1)), known);
        }
        double[] shares = solve(target, columns);
        List<Product> products = new ArrayList<>();
        double energy = 0;
        double total = 0;
        for (int i = 0; i < shares.length; i++) {
            if (shares[i] > SHARE_CUTOFF) {
                products.add(new Product(columns.get(i), shares[i]));
                total += shares[i];
            }
        }
        checkBalance(target, products);
        List<Product> normalised = new ArrayList<>(products.size());
        for (Product p : products) {
            double share = p.fraction() / total;
            normalised.add(new Product(p.phase(), share));
            energy += share * p.phase().energy();
        }
        normalised.sort(Comparator.comparingDouble(Product::fraction).reversed());
        return new HullPoint(composition, energy, normalised, known);
    }

    /**
     * @return the energy above the hull of every known phase (≥ 0 up to rounding; 0 on the hull), with σ carried
     *         over from the energy (the known phases are taken as exact)
     */
    public StabilityEstimate stability(Composition composition, double energy, double sigma) {
        HullPoint hull = hullAt(composition);
        return new StabilityEstimate(composition, energy, energy - hull.energy(), sigma, hull);
    }

    /**
     * The decomposition energy of Bartel et al. (npj Comput Mater 6, 97 (2020)): the energy against the hull of the
     * other phases, leaving out the known phases of the same reduced composition; negative for a phase that
     * stabilises the hull, ≤ 0 means on or below the hull.
     */
    public StabilityEstimate decompositionEnergy(Composition composition, double energy, double sigma) {
        Composition reduced = composition.reduced();
        HullPoint hull = hullAt(composition, p -> p.composition().reduced().equals(reduced));
        return new StabilityEstimate(composition, energy, energy - hull.energy(), sigma, hull);
    }

    private static double[] solve(Composition target, List<Phase> columns) {
        int n = columns.size();
        double[] energies = new double[n];
        double[][] fractions = new double[target.size()][n];
        for (int i = 0; i < n; i++) {
            Phase p = columns.get(i);
            energies[i] = p.energy();
            Composition c = p.composition();
            double atoms = c.totalAtoms();
            for (int k = 0; k < c.size(); k++) {
                int row = indexOf(target, c.element(k));
                fractions[row][i] = c.amount(k) / atoms;
            }
        }
        List<LinearConstraint> constraints = new ArrayList<>(target.size());
        for (int e = 0; e < target.size(); e++) {
            constraints.add(new LinearConstraint(fractions[e], Relationship.EQ, target.fraction(e)));
        }
        try {
            PointValuePair optimum = new SimplexSolver().optimize(new MaxIter(MAX_ITERATIONS),
                    new LinearObjectiveFunction(energies, 0), new LinearConstraintSet(constraints),
                    GoalType.MINIMIZE, new NonNegativeConstraint(true));
            return optimum.getPoint();
        } catch (MathIllegalStateException e) {
            throw new IllegalStateException("convex hull of " + columns.size() + " phases at " + target.reducedFormula()
                    + " could not be solved: " + e.getMessage(), e);
        }
    }

    /** The solver's point must reproduce the composition: a guard against a wrong answer from a degenerate programme. */
    private static void checkBalance(Composition target, List<Product> products) {
        double[] amounts = new double[target.size()];
        for (Product p : products) {
            Composition c = p.phase().composition();
            for (int k = 0; k < c.size(); k++) {
                amounts[indexOf(target, c.element(k))] += p.fraction() * c.amount(k) / c.totalAtoms();
            }
        }
        for (int e = 0; e < amounts.length; e++) {
            if (Math.abs(amounts[e] - target.fraction(e)) > BALANCE_TOLERANCE) {
                throw new IllegalStateException("convex hull at " + target.reducedFormula() + ": the solver's mixture holds "
                        + amounts[e] + " of " + target.element(e).symbol() + " instead of " + target.fraction(e));
            }
        }
    }

    private static int indexOf(Composition c, Element element) {
        for (int i = 0; i < c.size(); i++) {
            if (c.element(i) == element) {
                return i;
            }
        }
        throw new IllegalStateException(element + " is not in " + c.reducedFormula());
    }
}
