package org.matforge.spark;

import java.io.Serializable;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's row counters, as Spark accumulators (shown in the Spark UI too): rows in, rows kept by every screen
 * ("out"), rows that failed (not a formula, or an algorithm failed on them). Exact once the output is written;
 * a retried task may count twice, as Spark says of accumulators updated in transformations.
 *
 * @param in     rows read or drawn
 * @param out    rows kept
 * @param failed rows with a failure reason
 */
public record Counters(LongAccumulator in, LongAccumulator out, LongAccumulator failed) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** @return new counters registered with the session's context */
    public static Counters of(SparkSession spark) {
        return new Counters(spark.sparkContext().longAccumulator("matforge rows in"),
                spark.sparkContext().longAccumulator("matforge rows kept"),
                spark.sparkContext().longAccumulator("matforge rows failed"));
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "rows in %,d, kept %,d, failed %,d", in.value(), out.value(), failed.value());
    }
}
