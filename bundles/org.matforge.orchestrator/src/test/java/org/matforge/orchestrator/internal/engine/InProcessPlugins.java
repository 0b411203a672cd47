package org.matforge.orchestrator.internal.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Table;
import org.matforge.api.plugin.PluginDescriptor;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginLease;
import org.matforge.orchestrator.internal.workflow.PluginCatalog;
import org.matforge.orchestrator.internal.workflow.PluginParameterCheck;
import org.matforge.orchestrator.internal.workflow.PluginRef;
import org.matforge.spi.backend.BackendDescription;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.SavableModel;
import org.matforge.spi.model.file.ModelFile;

/**
 * Plug-ins held in a map instead of the service registry, for running the engine in a plain JVM: one data source
 * {@code expt-gap} reading the first {@code rows} rows of matbench expt_gap; with {@code slow: true} it keeps
 * reporting progress until cancelled. Two model loaders that misbehave: {@code wrong-type} reads a model file whole
 * but returns a model that is neither a predictor nor a generator, {@code throwing} throws. Or, for validation tests,
 * any plug-ins by kind and id; the parameters a plug-in declares are those its SPI interface says.
 */
final class InProcessPlugins implements PluginCatalog, PluginResolver {
    static final Path SHARED = Path.of(System.getProperty("matforge.shared.data", "../../../shared/data"));

    /** The first {@code rows} (default 50) of expt_gap as formula, band_gap. */
    static final DataSource EXPT_GAP = (parameters, context) -> {
        List<String> lines;
        try {
            lines = Files.readAllLines(SHARED.resolve("matbench").resolve("expt_gap.csv"));
        } catch (IOException e) {
            throw new DataSourceException("expt-gap: " + e.getMessage(), e);
        }
        int rows = (int) parameters.integer("rows", 50);
        while (parameters.flag("slow", false)) {
            context.checkCancelled();
            context.progress(0.5, "slowly loading");
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DataSourceException("interrupted", e);
            }
        }
        String[] formulas = new String[rows];
        double[] gaps = new double[rows];
        for (int r = 0; r < rows; r++) {
            String[] f = lines.get(r + 1).split(",");
            formulas[r] = f[0];
            gaps[r] = Double.parseDouble(f[1]);
        }
        return Table.builder(rows).text("formula", formulas).numbers("band_gap", gaps).build();
    };

    private static final Map<String, ModelLoader> LOADERS = Map.of("wrong-type", in -> {
        ModelFile archive = ModelFile.read(in);
        return new SavableModel() {
            @Override
            public ModelMetadata metadata() {
                return archive.metadata();
            }

            @Override
            public void save(OutputStream out) throws IOException {
                archive.write(out);
            }
        };
    }, "throwing", in -> {
        throw new IllegalStateException("the weights do not fit the network");
    });

    private final Map<PluginKind, Map<String, Object>> plugins;

    /** The data source {@code expt-gap} and the two misbehaving loaders. */
    InProcessPlugins() {
        this(Map.of(PluginKind.DATA_SOURCE, Map.of("expt-gap", EXPT_GAP), PluginKind.MODEL_LOADER, Map.copyOf(LOADERS)));
    }

    /** @param plugins the plug-in services by kind and id */
    InProcessPlugins(Map<PluginKind, Map<String, Object>> plugins) {
        this.plugins = plugins;
    }

    @Override
    public List<String> ids(PluginKind kind) {
        return plugins.getOrDefault(kind, Map.of()).keySet().stream().sorted().toList();
    }

    @Override
    public Optional<String> filterProblem(String filter) {
        return Optional.empty();
    }

    @Override
    public Optional<String> versionProblem(String range) {
        return Optional.empty();
    }

    @Override
    public Set<PluginRef> missing(Collection<PluginRef> refs, Duration wait) {
        Set<PluginRef> missing = new HashSet<>();
        refs.stream().filter(r -> !ids(r.kind()).contains(r.id())).forEach(missing::add);
        return missing;
    }

    @Override
    public ParameterSchema parameters(PluginRef ref) {
        Object service = plugins.getOrDefault(ref.kind(), Map.of()).get(ref.id());
        return service == null ? ParameterSchema.UNDECLARED : PluginParameterCheck.of(service);
    }

    @Override
    public <T> PluginLease<T> acquire(PluginRef ref, Class<T> type, Duration wait, Runnable onGone) throws StepException {
        Object service = plugins.getOrDefault(ref.kind(), Map.of()).get(ref.id());
        if (service == null) {
            throw new StepException("no " + ref.kind().id() + " '" + ref.id() + "'");
        }
        PluginDescriptor descriptor = new PluginDescriptor(ref.kind(), ref.id(), ref.id(), "", "in-process", "0", 0, Map.of());
        return new PluginLease<>() {
            @Override
            public T service() {
                return type.cast(service);
            }

            @Override
            public PluginDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public <T> PluginLease<T> acquireService(Class<T> type, String path, Duration wait, Runnable onGone) throws StepException {
        throw new StepException("no " + type.getSimpleName() + " service in a plain JVM (needed by " + path + ")");
    }

    @Override
    public List<BackendDescription> backends() {
        return List.of();
    }
}
