package org.matforge.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** A test class's local[2] Spark session (loopback only, no UI) and temporary folder, started once for its tests. */
abstract class LocalSparkTest {
    static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startSpark() {
        spark = TinyModels.spark();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }
}
