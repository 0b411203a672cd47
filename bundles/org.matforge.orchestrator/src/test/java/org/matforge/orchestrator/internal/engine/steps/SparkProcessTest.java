package org.matforge.orchestrator.internal.engine.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.orchestrator.internal.engine.StepException;
import org.matforge.orchestrator.internal.workflow.SparkSection;

/** The command line that starts the Spark job without spark-submit: this JVM's java, Spark's jars, the section's resources. */
class SparkProcessTest {
    @TempDir
    Path target;

    private SparkSection section(Path jar) {
        return new SparkSection(List.of("sampled"), "local[2]", jar, Optional.of("2g"), OptionalInt.of(1), Optional.of("3g"), OptionalInt.empty(),
                Map.of("spark.sql.shuffle.partitions", "4"));
    }

    @Test
    void withoutSparkSubmitTheJobRunsOnJavaWithSparksJarsAndTheSectionsProperties() throws Exception {
        Assumptions.assumeTrue(SparkProcess.submit().isEmpty(), "this machine names a spark-submit");
        Path jar = Files.write(target.resolve("matforge-spark.jar"), new byte[] {'P', 'K'});
        Files.writeString(target.resolve(SparkProcess.CLASSPATH_FILE), "/opt/spark/jars/a.jar:/opt/spark/jars/b.jar\n");
        List<String> cmd = SparkProcess.command(section(jar), List.of("generate", "--count", "10"));
        assertEquals(Path.of(System.getProperty("java.home"), "bin", "java").toString(), cmd.get(0));
        assertTrue(cmd.contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"), cmd::toString);
        assertTrue(cmd.containsAll(List.of("-Xmx3g", "-Dspark.master=local[2]", "-Dspark.executor.memory=2g", "-Dspark.executor.cores=1",
                "-Dspark.sql.shuffle.partitions=4", "-Dspark.sql.parquet.compression.codec=uncompressed")), cmd::toString);
        int cp = cmd.indexOf("-cp");
        assertEquals(jar + File.pathSeparator + "/opt/spark/jars/a.jar:/opt/spark/jars/b.jar", cmd.get(cp + 1));
        assertEquals(List.of(SparkProcess.MAIN, "generate", "--count", "10"), cmd.subList(cp + 2, cmd.size()));
    }

    @Test
    void aJarWithoutSparksJarsBesideItSaysHowToBuildOrSubmit() throws Exception {
        Assumptions.assumeTrue(SparkProcess.submit().isEmpty(), "this machine names a spark-submit");
        Path jar = Files.write(target.resolve("matforge-spark.jar"), new byte[] {'P', 'K'});
        StepException e = assertThrows(StepException.class, () -> SparkProcess.command(section(jar), List.of("generate")));
        assertTrue(e.getMessage().contains(SparkProcess.CLASSPATH_FILE + " is missing") && e.getMessage().contains(SparkProcess.SUBMIT_PROPERTY), e::getMessage);
    }

    @Test
    void aJarGoneSinceValidationFailsTheStepNamingIt() {
        Path jar = target.resolve("matforge-spark.jar");
        StepException e = assertThrows(StepException.class, () -> SparkProcess.command(section(jar), List.of("generate")));
        assertTrue(e.getMessage().startsWith("the Spark job jar " + jar + " is gone"), e::getMessage);
    }
}
