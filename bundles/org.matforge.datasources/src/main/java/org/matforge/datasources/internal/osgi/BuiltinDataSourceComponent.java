package org.matforge.datasources.internal.osgi;

import java.util.ArrayList;
import java.util.List;

import org.matforge.commons.adapter.DelegatingDataSource;
import org.matforge.datasources.internal.builtin.BuiltinSource;
import org.matforge.datasources.internal.builtin.DataBundles;
import org.matforge.datasources.internal.builtin.DataShelf;
import org.matforge.datasources.internal.builtin.ShippedDataset;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.datasource.DataSourceInfo;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;

/**
 * Data source {@code builtin}: a thin adapter over {@link BuiltinSource}, fed by the data bundles — every active
 * bundle with a {@value DataBundles#HEADER} manifest header adds its datasets while it is active.
 */
@Component(service = DataSource.class)
@DataSourceInfo(id = "builtin", name = "Data bundles", formats = {"expt-gap", "mp-e-form", "known-compounds"},
        description = "The datasets of the installed data bundles (MatForge-Data manifest header), offline: expt-gap (4,604 Matbench experimental band gaps), mp-e-form (Materials Project formation energies, one row per composition) with the shipped bundle, and known-compounds (every composition of all of them).")
public final class BuiltinDataSourceComponent extends DelegatingDataSource {
    private final BundleTracker<Bundle> tracker;

    /** Starts tracking data bundles. */
    @Activate
    public BuiltinDataSourceComponent(BundleContext context, @Reference(service = LoggerFactory.class) Logger log) {
        this(new DataShelf(), context, log);
    }

    private BuiltinDataSourceComponent(DataShelf shelf, BundleContext context, Logger log) {
        super(new BuiltinSource(shelf));
        tracker = new BundleTracker<>(context, Bundle.ACTIVE, new BundleTrackerCustomizer<>() {
            @Override
            public Bundle addingBundle(Bundle bundle, BundleEvent event) {
                String header = bundle.getHeaders("").get(DataBundles.HEADER);
                if (header == null) {
                    return null;
                }
                List<ShippedDataset> datasets = new ArrayList<>();
                try {
                    for (DataBundles.Entry e : DataBundles.parse(header)) {
                        if (bundle.getEntry(e.path()) == null) {
                            log.error("data bundle {}: {} lists {}, which is not in the bundle", bundle.getSymbolicName(), DataBundles.HEADER, e.path());
                            continue;
                        }
                        datasets.add(new ShippedDataset(e.id(), bundle.getSymbolicName(), e.path(), () -> bundle.getEntry(e.path()).openStream()));
                    }
                } catch (IllegalArgumentException bad) {
                    log.error("data bundle {}: {}", bundle.getSymbolicName(), bad.getMessage());
                    return null;
                }
                shelf.add(bundle.getBundleId(), datasets);
                shelf.conflicts().forEach(c -> log.warn("data bundle {}: {}", bundle.getSymbolicName(), c));
                log.info("data bundle {}: datasets {}", bundle.getSymbolicName(), datasets.stream().map(ShippedDataset::id).toList());
                return bundle;
            }

            @Override
            public void modifiedBundle(Bundle bundle, BundleEvent event, Bundle tracked) {
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Bundle tracked) {
                shelf.remove(bundle.getBundleId());
            }
        });
        tracker.open();
    }

    /** Stops tracking. */
    @Deactivate
    public void deactivate() {
        tracker.close();
    }
}
