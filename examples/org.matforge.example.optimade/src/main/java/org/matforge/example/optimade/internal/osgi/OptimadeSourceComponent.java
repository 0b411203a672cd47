package org.matforge.example.optimade.internal.osgi;

import org.matforge.example.optimade.OptimadeSource;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.datasource.DataSourceInfo;
import org.osgi.service.component.annotations.Component;

/** Registers {@link OptimadeSource} as the {@code optimade} data source; nothing else of the plug-in knows OSGi. */
@Component(service = DataSource.class)
@DataSourceInfo(id = OptimadeSource.ID_VALUE, name = "OPTIMADE",
        description = "structures of any OPTIMADE 1.x provider by filter, as compositions and requested attributes",
        formats = {"optimade"})
public class OptimadeSourceComponent extends OptimadeSource {
}
