package org.matforge.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.Prediction;
import org.matforge.api.discovery.ScreenResult;

/**
 * The columns of {@code screen}'s output: those of a workflow's {@code candidates.csv} — {@code position},
 * {@code pareto_rank} (null: the job does not rank), {@code formula} (reduced), {@code origin}, {@code <target>} and
 * {@code <target>_std} per predicted property, {@code <screen>}, {@code <screen>_score} and {@code <screen>_reason}
 * per screen — then {@code input} (the text as given), {@code kept} and {@code reason} (why a row was dropped).
 * Numbers are doubles and null where the workflow's CSV has an empty cell (no value, or NaN).
 *
 * @param targets predicted properties, in order
 * @param screens screen ids, in order
 */
public record CandidateColumns(List<String> targets, List<String> screens) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Copies the lists. */
    public CandidateColumns {
        targets = List.copyOf(targets);
        screens = List.copyOf(screens);
    }

    /** @return the Spark schema */
    public StructType schema() {
        List<StructField> f = new ArrayList<>();
        f.add(DataTypes.createStructField("position", DataTypes.LongType, false));
        f.add(DataTypes.createStructField("pareto_rank", DataTypes.IntegerType, true));
        f.add(DataTypes.createStructField("formula", DataTypes.StringType, true));
        f.add(DataTypes.createStructField("origin", DataTypes.StringType, true));
        for (String t : targets) {
            f.add(DataTypes.createStructField(t, DataTypes.DoubleType, true));
            f.add(DataTypes.createStructField(t + "_std", DataTypes.DoubleType, true));
        }
        for (String s : screens) {
            f.add(DataTypes.createStructField(s, DataTypes.StringType, true));
            f.add(DataTypes.createStructField(s + "_score", DataTypes.DoubleType, true));
            f.add(DataTypes.createStructField(s + "_reason", DataTypes.StringType, true));
        }
        f.add(DataTypes.createStructField("input", DataTypes.StringType, true));
        f.add(DataTypes.createStructField("kept", DataTypes.BooleanType, false));
        f.add(DataTypes.createStructField("reason", DataTypes.StringType, true));
        return DataTypes.createStructType(f);
    }

    /** @return the row's values in schema order */
    public Object[] values(ScreenedRow r) {
        Object[] v = new Object[4 + 2 * targets.size() + 3 * screens.size() + 3];
        Candidate c = r.candidate();
        int i = 0;
        v[i++] = r.input().position();
        v[i++] = null;
        v[i++] = c == null ? null : c.composition().reducedFormula();
        v[i++] = r.input().origin();
        for (String t : targets) {
            Prediction p = c == null ? null : c.predictions().get(t);
            v[i++] = p == null ? null : number(p.mean());
            v[i++] = p == null ? null : number(p.std());
        }
        for (String s : screens) {
            ScreenResult sr = c == null ? null : c.screens().get(s);
            v[i++] = sr == null ? null : sr.verdict().name();
            v[i++] = sr == null ? null : number(sr.score());
            v[i++] = sr == null ? null : sr.reason();
        }
        v[i++] = r.input().text();
        v[i++] = r.kept();
        v[i] = r.reason();
        return v;
    }

    /** @return the row as a Spark row */
    public Row row(ScreenedRow r) {
        return RowFactory.create(values(r));
    }

    private static Double number(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
