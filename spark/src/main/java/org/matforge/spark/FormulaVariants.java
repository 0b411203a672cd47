package org.matforge.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;

/**
 * Many formulas from a few real ones, for tests and the benchmark: row {@code i} is base formula
 * {@code i mod n} with, from the second pass over the bases on, one element swapped for a neighbour in the periodic
 * table (atomic number ±1..±8, drawn from a seed of {@code i}), so the rows mix known compounds, plausible and
 * implausible new ones. Every {@code badEvery}-th row is text that is not a formula. Deterministic.
 */
public final class FormulaVariants {
    private final List<Composition> bases;
    private final int badEvery;

    /**
     * @param formulas the real formulas (e.g. expt_gap's), parsed here
     * @param badEvery one row in this many is not a formula (0: none)
     */
    public FormulaVariants(List<String> formulas, int badEvery) {
        this.bases = formulas.stream().map(Composition::parse).toList();
        this.badEvery = badEvery;
    }

    /** @return row {@code i}'s text */
    public String formula(long i) {
        if (badEvery > 0 && i % badEvery == badEvery - 1) {
            return i % 2 == 0 ? "Xq2O3" : "Fe2(O";
        }
        Composition base = bases.get((int) (i % bases.size()));
        if (i < bases.size()) {
            return base.formula();
        }
        SplittableRandom r = new SplittableRandom(i * 0x9E3779B97F4A7C15L);
        int p = r.nextInt(base.size());
        Element from = base.element(p);
        int shift = (r.nextBoolean() ? 1 : -1) * (1 + r.nextInt(8));
        int z = Math.max(1, Math.min(94, from.atomicNumber() + shift));
        Map<Element, Double> amounts = new LinkedHashMap<>();
        for (int k = 0; k < base.size(); k++) {
            Element e = k == p ? Element.ofNumber(z) : base.element(k);
            amounts.merge(e, base.amount(k), Double::sum);
        }
        return Composition.of(amounts).formula();
    }

    /** @return rows {@code from} (inclusive) to {@code to} (exclusive) as input rows numbered {@code i + 1} */
    public List<InputRow> rows(long from, long to, String origin) {
        List<InputRow> rows = new ArrayList<>((int) (to - from));
        for (long i = from; i < to; i++) {
            rows.add(new InputRow(i + 1, formula(i), origin));
        }
        return rows;
    }
}
