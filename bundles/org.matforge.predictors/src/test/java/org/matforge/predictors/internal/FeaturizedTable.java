package org.matforge.predictors.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.commons.features.CompositeFeaturizer;
import org.matforge.commons.testdata.SharedData;
import org.matforge.featurizers.lib.StandardFeaturizers;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.task.TaskContext;

/** Rows of a matbench task from the shared reference data: formulas, targets and their features. */
public record FeaturizedTable(List<String> formulas, double[] targets, FeatureMatrix features) {
    /** @return the rows at {@code rows} */
    public FeaturizedTable rows(int[] rows) {
        List<String> f = new ArrayList<>();
        double[] t = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            f.add(formulas.get(rows[i]));
            t[i] = targets[rows[i]];
        }
        return new FeaturizedTable(f, t, features.rows(rows));
    }

    /** @return the first {@code limit} rows (all when limit ≤ 0) of a matbench task such as {@code "expt_gap"}, Magpie features */
    public static FeaturizedTable read(String task, int limit) {
        return read(task, limit, StandardFeaturizers.MAGPIE);
    }

    /**
     * @param featurizers comma-separated ids of the standard featurizers, concatenated in that order
     * @return the first {@code limit} rows (all when limit ≤ 0) of a matbench task such as {@code "expt_gap"}
     */
    public static FeaturizedTable read(String task, int limit, String featurizers) {
        SharedData.Table table = SharedData.table(task, limit);
        List<Composition> compositions = table.formulas().stream().map(Composition::parse).toList();
        Map<String, Featurizer> standard = StandardFeaturizers.create(ElementTable.load());
        FeatureMatrix x = CompositeFeaturizer.of(featurizers, standard::get).featurizeAll(compositions, TaskContext.unobserved());
        return new FeaturizedTable(table.formulas(), table.targets(), x);
    }
}
