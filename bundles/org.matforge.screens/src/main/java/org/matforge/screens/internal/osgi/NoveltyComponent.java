package org.matforge.screens.internal.osgi;

import java.util.Map;

import org.matforge.api.data.Parameters;
import org.matforge.api.plugin.PluginProperties;
import org.matforge.commons.adapter.DelegatingScreen;
import org.matforge.screens.lib.KnownCompounds;
import org.matforge.screens.lib.NoveltyScreen;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.screen.ScreenInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Screen service {@code novelty}: a thin adapter over {@link NoveltyScreen}, whose known compounds are the
 * {@code known-compounds} dataset of data source {@code builtin} (every composition of every installed data bundle)
 * when that source is there.
 */
@Component(service = Screen.class)
@ScreenInfo(id = "novelty", name = "Novelty", description = "novel when the composition (by element fractions) is in no installed dataset (known-compounds) and not among the reference formulas; score = L1 distance to the nearest, reason = the nearest known compound")
public final class NoveltyComponent extends DelegatingScreen {
    static final String BUILTIN = "(" + PluginProperties.ID + "=builtin)";

    /** Creates the component without known compounds (for the parameter documentation test). */
    public NoveltyComponent() {
        super(new NoveltyScreen());
    }

    /** @param builtin data source {@code builtin}, when installed */
    @Activate
    public NoveltyComponent(@Reference(target = BUILTIN, cardinality = ReferenceCardinality.OPTIONAL,
            policyOption = ReferencePolicyOption.GREEDY) DataSource builtin) {
        super(new NoveltyScreen(builtin == null ? KnownCompounds.NONE : context -> {
            try {
                return builtin.load(Parameters.of(Map.of("dataset", KnownCompounds.DATASET)), context);
            } catch (DataSourceException e) {
                throw new IllegalArgumentException("parameter 'known': the known compounds cannot be read: " + e.getMessage(), e);
            }
        }));
    }
}
