package org.matforge.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.commons.features.CompositeFeaturizer;
import org.matforge.featurizers.lib.StandardFeaturizers;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.model.TrainedGenerator;
import org.matforge.spi.task.TaskContext;

/** The job's steps as Spark transformations: read, generate, screen, featurize. */
public final class SparkJobs {
    private SparkJobs() {
    }

    /**
     * @param file   a CSV file (with a header row) or a Parquet file or folder
     * @param column the formula column
     * @return the column's values as rows to screen, numbered from 1 in file order, with the file's name as origin
     * @throws IllegalArgumentException when there is no such column, naming the columns there are
     */
    public static JavaRDD<InputRow> read(SparkSession spark, String file, String column) {
        Dataset<Row> table = table(spark, file);
        if (!List.of(table.columns()).contains(column)) {
            throw new IllegalArgumentException(file + " has no column '" + column + "'; its columns are " + List.of(table.columns())
                    + " (choose one with --column)");
        }
        String origin = Path.of(file).getFileName().toString();
        return table.select(table.col(column).cast(DataTypes.StringType)).javaRDD().zipWithIndex()
                .map(t -> new InputRow(t._2() + 1, t._1().getString(0), origin));
    }

    /** @return a CSV file (with a header row, every column text) or a Parquet file or folder */
    static Dataset<Row> table(SparkSession spark, String file) {
        boolean parquet = file.toLowerCase(Locale.ROOT).endsWith(".parquet") || java.nio.file.Files.isDirectory(Path.of(file));
        return parquet ? spark.read().parquet(file) : spark.read().option("header", true).csv(file);
    }

    /** @return the job's draws, chunk by chunk on the executors, in {@code partitions} partitions */
    public static JavaRDD<InputRow> generate(SparkSession spark, GenerateJob job, int partitions) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<GenerateJob> b = jsc.broadcast(job);
        List<Long> chunks = LongStream.range(0, job.chunks()).boxed().toList();
        return jsc.parallelize(chunks, Math.max(1, partitions)).mapPartitions(ks -> {
            TrainedGenerator g = ExecutorState.generator(b);
            return new Batches<>(ks, 1, k -> b.value().draw(g, k.get(0)));
        });
    }

    /**
     * @return the screened rows with {@link CandidateColumns}, computed batch by batch per partition with one
     *         {@link Screening} per executor; a row that fails is a row with its reason, never a failed job
     */
    public static Dataset<Row> screen(SparkSession spark, JavaRDD<InputRow> rows, ScreenJob job, Counters counters)
            throws Exception {
        CandidateColumns columns = columns(job);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<ScreenJob> b = jsc.broadcast(job);
        int batch = job.settings().batch();
        JavaRDD<Row> out = rows.mapPartitions(in -> new Batches<>(in, batch, list -> {
            Screening s = ExecutorState.screening(b);
            List<Row> result = new ArrayList<>(list.size());
            for (ScreenedRow r : screenSafely(s, list)) {
                counters.in().add(1);
                if (r.kept()) {
                    counters.out().add(1);
                }
                if (r.failed()) {
                    counters.failed().add(1);
                }
                result.add(columns.row(r));
            }
            return result;
        }));
        return spark.createDataFrame(out, columns.schema());
    }

    /** @return the columns of a job's output, from its settings and the models' targets (loaded on the driver once) */
    public static CandidateColumns columns(ScreenJob job) throws Exception {
        Screening s = job.load();
        return new CandidateColumns(s.targets(), s.screenIds());
    }

    /** @return the batch screened; if an algorithm fails on it, each row alone, a failing one with the error as reason */
    static List<ScreenedRow> screenSafely(Screening s, List<InputRow> batch) {
        try {
            return s.screen(batch);
        } catch (RuntimeException e) {
            List<ScreenedRow> rows = new ArrayList<>(batch.size());
            for (InputRow r : batch) {
                try {
                    rows.addAll(s.screen(List.of(r)));
                } catch (RuntimeException one) {
                    rows.add(ScreenedRow.failed(r, "screening failed: " + one.getClass().getSimpleName() + ": " + one.getMessage()));
                }
            }
            return rows;
        }
    }

    /**
     * @param ids comma-separated featurizer ids, e.g. {@code magpie,stoichiometry}
     * @return {@code position}, {@code input}, {@code formula}, one double column per feature label (null where
     *         undefined), {@code error} (why a row has no features)
     */
    public static Dataset<Row> featurize(SparkSession spark, JavaRDD<InputRow> rows, String ids, int batch, Counters counters) {
        List<String> labels = featurizer(ids).labels();
        List<StructField> f = new ArrayList<>();
        f.add(DataTypes.createStructField("position", DataTypes.LongType, false));
        f.add(DataTypes.createStructField("input", DataTypes.StringType, true));
        f.add(DataTypes.createStructField("formula", DataTypes.StringType, true));
        for (String l : labels) {
            f.add(DataTypes.createStructField(l, DataTypes.DoubleType, true));
        }
        f.add(DataTypes.createStructField("error", DataTypes.StringType, true));
        StructType schema = DataTypes.createStructType(f);
        JavaRDD<Row> out = rows.mapPartitions(in -> {
            CompositeFeaturizer featurizer = featurizer(ids);
            return new Batches<>(in, batch, list -> {
                List<Composition> compositions = new ArrayList<>(list.size());
                List<String> errors = new ArrayList<>(list.size());
                for (InputRow r : list) {
                    try {
                        compositions.add(Composition.parse(r.text() == null ? "" : r.text().trim()));
                        errors.add(null);
                    } catch (IllegalArgumentException e) {
                        compositions.add(null);
                        errors.add("not a formula: " + e.getMessage());
                        counters.failed().add(1);
                    }
                }
                FeatureMatrix m = featurizer.featurizeAll(compositions, TaskContext.unobserved());
                List<Row> result = new ArrayList<>(list.size());
                for (int i = 0; i < list.size(); i++) {
                    Object[] v = new Object[labels.size() + 4];
                    v[0] = list.get(i).position();
                    v[1] = list.get(i).text();
                    v[2] = compositions.get(i) == null ? null : compositions.get(i).reducedFormula();
                    for (int c = 0; c < labels.size(); c++) {
                        double x = m.get(i, c);
                        v[3 + c] = Double.isNaN(x) ? null : x;
                    }
                    v[v.length - 1] = errors.get(i);
                    counters.in().add(1);
                    if (errors.get(i) == null) {
                        counters.out().add(1);
                    }
                    result.add(RowFactory.create(v));
                }
                return result;
            });
        });
        return spark.createDataFrame(out, schema);
    }

    /** @return the featurizers named, concatenated @throws IllegalArgumentException naming an unknown id and the known ones */
    static CompositeFeaturizer featurizer(String ids) {
        java.util.Map<String, Featurizer> all = StandardFeaturizers.create(ElementTable.load());
        return CompositeFeaturizer.of(ids, all::get, all.keySet());
    }
}
