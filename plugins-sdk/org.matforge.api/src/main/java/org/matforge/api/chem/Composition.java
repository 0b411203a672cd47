package org.matforge.api.chem;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * An immutable chemical composition: elements with positive amounts (atoms per formula unit).
 * <p>
 * Elements are held in atomic-number order, so two compositions with the same amounts are equal however they
 * were written. Featurizers read it by index ({@link #size()}, {@link #element(int)}, {@link #amount(int)},
 * {@link #fraction(int)}) without allocating.
 */
public final class Composition {
    private static final double INTEGER_TOLERANCE = 1e-8;

    private final Element[] elements;
    private final double[] amounts;
    private final double total;

    private Composition(Element[] elements, double[] amounts) {
        this.elements = elements;
        this.amounts = amounts;
        double sum = 0;
        for (double a : amounts) {
            sum += a;
        }
        this.total = sum;
    }

    /**
     * Reads a formula. Accepted: element symbols H..Lr with optional integer or decimal amounts
     * ({@code Fe2O3}, {@code Fe0.5Ni0.5}), nested groups in (), [] or {} with multipliers
     * ({@code Ca3(PO4)2}, {@code [Co(NH3)6]Cl3}), adducts and hydrates joined by '·', '•', '*' or '.' with an
     * optional integer coefficient ({@code CuSO4·5H2O}, {@code CuSO4.5H2O}), spaces and tabs between tokens.
     * A '.' between digits is a decimal point unless a water, heavy-water or ammonia unit follows its digits.
     *
     * @param formula the text, at most 1000 characters
     * @return the composition
     * @throws FormulaException naming the position and reason when the text is not a formula
     */
    public static Composition parse(String formula) {
        return fromAmountsByNumber(FormulaParser.parse(formula));
    }

    /**
     * @param amounts element → amount; amounts must be positive and finite
     * @return the composition
     * @throws IllegalArgumentException when empty or when an amount is not positive and finite
     */
    public static Composition of(Map<Element, ? extends Number> amounts) {
        double[] byNumber = new double[Element.values().length];
        for (Map.Entry<Element, ? extends Number> e : amounts.entrySet()) {
            double v = e.getValue().doubleValue();
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("amount of " + e.getKey() + " must be positive and finite, got " + v);
            }
            byNumber[e.getKey().ordinal()] += v;
        }
        return fromAmountsByNumber(byNumber);
    }

    /**
     * @param amountsByNumber amounts indexed by atomic number − 1 (length 103); zero means absent
     * @return the composition
     * @throws IllegalArgumentException when no amount is positive or one is negative or not finite
     */
    public static Composition ofAmounts(double[] amountsByNumber) {
        if (amountsByNumber.length > Element.values().length) {
            throw new IllegalArgumentException("at most " + Element.values().length + " amounts, got " + amountsByNumber.length);
        }
        for (int z = 0; z < amountsByNumber.length; z++) {
            double v = amountsByNumber[z];
            if (v < 0 || Double.isNaN(v) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("amount of " + Element.ofNumber(z + 1) + " must be finite and not negative, got " + v);
            }
        }
        return fromAmountsByNumber(Arrays.copyOf(amountsByNumber, Element.values().length));
    }

    private static Composition fromAmountsByNumber(double[] byNumber) {
        int n = 0;
        for (double v : byNumber) {
            if (v > 0) {
                n++;
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("a composition needs at least one element");
        }
        Element[] elements = new Element[n];
        double[] amounts = new double[n];
        int i = 0;
        for (int z = 0; z < byNumber.length; z++) {
            if (byNumber[z] > 0) {
                elements[i] = Element.ofNumber(z + 1);
                amounts[i++] = byNumber[z];
            }
        }
        return new Composition(elements, amounts);
    }

    /** @return the number of distinct elements */
    public int size() {
        return elements.length;
    }

    /** @param i index in 0..size()-1, atomic-number order @return the i-th element */
    public Element element(int i) {
        return elements[i];
    }

    /** @param i index in 0..size()-1 @return atoms of the i-th element per formula unit */
    public double amount(int i) {
        return amounts[i];
    }

    /** @param i index in 0..size()-1 @return the i-th element's share of all atoms, in (0, 1] */
    public double fraction(int i) {
        return amounts[i] / total;
    }

    /** @return the amount of {@code element}, 0 when absent */
    public double amountOf(Element element) {
        for (int i = 0; i < elements.length; i++) {
            if (elements[i] == element) {
                return amounts[i];
            }
        }
        return 0;
    }

    /** @return whether {@code element} is present */
    public boolean contains(Element element) {
        return amountOf(element) > 0;
    }

    /** @return atoms per formula unit, the sum of all amounts */
    public double totalAtoms() {
        return total;
    }

    /** @return whether every amount is a whole number (within 1e-8) */
    public boolean isIntegral() {
        for (double a : amounts) {
            if (Math.abs(a - Math.rint(a)) > INTEGER_TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    /** @return an unmodifiable element → amount map in atomic-number order */
    public Map<Element, Double> asMap() {
        Map<Element, Double> map = new EnumMap<>(Element.class);
        for (int i = 0; i < elements.length; i++) {
            map.put(elements[i], amounts[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** @return amounts indexed by atomic number − 1, a new array of length 103 */
    public double[] amountsByNumber() {
        double[] byNumber = new double[Element.values().length];
        for (int i = 0; i < elements.length; i++) {
            byNumber[elements[i].ordinal()] = amounts[i];
        }
        return byNumber;
    }

    /** @return the same composition scaled so that its amounts sum to 1 (per-atom normalisation) */
    public Composition normalized() {
        return scaled(1 / total);
    }

    /**
     * @return the composition divided by the greatest common divisor of its amounts when all are whole numbers
     *         ({@code Fe4O6} → {@code Fe2O3}); otherwise the composition itself
     */
    public Composition reduced() {
        if (!isIntegral()) {
            return this;
        }
        long gcd = 0;
        for (double a : amounts) {
            gcd = gcd(gcd, Math.round(a));
        }
        return gcd <= 1 ? this : scaled(1.0 / gcd);
    }

    /** @return the reduced formula in canonical order, e.g. {@code "Fe2O3"} for {@code "Fe4O6"} */
    public String reducedFormula() {
        return reduced().formula();
    }

    /**
     * @return a canonical formula string: elements by ascending electronegativity as pymatgen writes them
     *         ({@code Fe2O3}, {@code NaCl}), amounts of exactly 1 omitted, whole numbers without decimals, others
     *         with up to 6 significant digits. Equal compositions give equal strings.
     */
    public String formula() {
        Integer[] order = new Integer[elements.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(SymbolIndex.formulaRank(elements[a]), SymbolIndex.formulaRank(elements[b])));
        StringBuilder sb = new StringBuilder(elements.length * 4);
        for (int i : order) {
            sb.append(elements[i].symbol());
            appendAmount(sb, amounts[i]);
        }
        return sb.toString();
    }

    private Composition scaled(double factor) {
        double[] scaled = new double[amounts.length];
        for (int i = 0; i < amounts.length; i++) {
            scaled[i] = amounts[i] * factor;
        }
        return new Composition(elements, scaled);
    }

    private static void appendAmount(StringBuilder sb, double amount) {
        double rounded = Math.rint(amount);
        if (Math.abs(amount - rounded) <= INTEGER_TOLERANCE * Math.max(1, amount)) {
            if (rounded != 1) {
                sb.append((long) rounded);
            }
            return;
        }
        String s = new java.math.BigDecimal(amount).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
        sb.append(s);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return Math.abs(a);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Composition other && Arrays.equals(elements, other.elements) && Arrays.equals(amounts, other.amounts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(elements) + Arrays.hashCode(amounts);
    }

    /** @return {@link #formula()} */
    @Override
    public String toString() {
        return formula();
    }
}
