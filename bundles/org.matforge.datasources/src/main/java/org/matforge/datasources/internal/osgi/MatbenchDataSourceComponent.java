package org.matforge.datasources.internal.osgi;

import java.nio.file.Path;
import java.time.Duration;

import org.matforge.commons.adapter.DelegatingDataSource;
import org.matforge.datasources.internal.matbench.MatbenchSource;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.datasource.DataSourceInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Data source {@code matbench}: a thin adapter over {@link MatbenchSource}, configured under PID {@value #PID}. */
@Component(service = DataSource.class, configurationPid = MatbenchDataSourceComponent.PID)
@Designate(ocd = MatbenchDataSourceComponent.Config.class)
@DataSourceInfo(id = "matbench", name = "Matbench sets", formats = {"expt_gap", "expt_is_metal", "steels_yield", "mp_e_form", "mp_gap"},
        description = "Matbench v0.1 composition tables from a local folder, or downloaded from ml.materialsproject.org into a cache with SHA-256 verification. Parameter dataset.")
public final class MatbenchDataSourceComponent extends DelegatingDataSource {
    /** Configuration PID, e.g. {@code conf/org.matforge.datasources.matbench.cfg}. */
    public static final String PID = "org.matforge.datasources.matbench";

    /** Where matbench sets are found and cached. */
    @ObjectClassDefinition(name = "MatForge matbench data source")
    public @interface Config {
        /** @return folder of local copies */
        @AttributeDefinition(description = "folder holding <id>.csv (formula,target) or matbench_<name>.json.gz; relative to the working directory; empty for none")
        String folder() default "../shared/data/matbench";

        /** @return download cache */
        @AttributeDefinition(description = "folder for downloaded files; empty = ~/.matforge/cache/matbench")
        String cacheFolder() default "";

        /** @return whether downloads are allowed */
        @AttributeDefinition(description = "download a set that is neither in the folder nor in the cache")
        boolean download() default true;

        /** @return base address */
        @AttributeDefinition(description = "address the published files are under")
        String baseUrl() default MatbenchSource.PUBLIC_BASE;

        /** @return network timeout */
        @AttributeDefinition(description = "connect and response timeout, seconds")
        int timeoutSeconds() default 60;
    }

    /** @param config the configuration */
    @Activate
    public MatbenchDataSourceComponent(Config config) {
        super(new MatbenchSource(config.folder(), cache(config), config.download(), config.baseUrl(),
                Duration.ofSeconds(Math.max(1, config.timeoutSeconds()))));
    }

    private static Path cache(Config config) {
        return config.cacheFolder().isBlank() ? Path.of(System.getProperty("user.home"), ".matforge", "cache", "matbench")
                : Path.of(config.cacheFolder());
    }
}
