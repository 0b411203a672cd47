package org.matforge.spark;

import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import picocli.CommandLine.Option;

/** Options every command has: where Spark runs and where the output goes. */
final class JobOptions {
    @Option(names = "--master", description = "Spark master URL (default: what spark-submit says, else local[*])")
    String master;

    @Option(names = "--partitions", description = "partitions to split the work into (default: Spark's choice; generate: 2 per core)")
    Integer partitions;

    @Option(names = {"-o", "--output"}, required = true, description = "Parquet output folder")
    String output;

    @Option(names = "--overwrite", description = "replace an existing output folder")
    boolean overwrite;

    /** @return a session that prints its task progress; local mode binds to loopback and starts no UI; executors get one OpenMP thread per task */
    SparkSession session(String app) {
        SparkSession.Builder b = SparkSession.builder().appName("matforge " + app);
        if (System.getProperty("spark.executorEnv.OMP_NUM_THREADS") == null) {
            b.config("spark.executorEnv.OMP_NUM_THREADS", "1");
        }
        String m = master != null ? master : System.getProperty("spark.master", "local[*]");
        b.master(m);
        if (m.startsWith("local")) {
            b.config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession session = b.getOrCreate();
        session.sparkContext().addSparkListener(new TaskProgress(System.out));
        return session;
    }

    SaveMode mode() {
        return overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    }
}
