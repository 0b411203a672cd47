package org.matforge.testkit.osgi;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.matforge.api.plugin.PluginDescriptor;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginProblem;
import org.matforge.api.plugin.PluginProperties;
import org.matforge.api.workflow.RunListener;
import org.matforge.spi.backend.BackendInfo;
import org.matforge.spi.datasource.DataSourceInfo;
import org.matforge.spi.featurizer.FeaturizerInfo;
import org.matforge.spi.generator.GeneratorInfo;
import org.matforge.spi.model.TrainerInfo;
import org.matforge.spi.optimizer.OptimizerInfo;
import org.matforge.spi.predictor.PredictorInfo;
import org.matforge.spi.screen.ScreenInfo;
import org.matforge.testkit.osgi.probe.RegistryText;

/**
 * The runtime's plug-in catalogue as the probe wrote it: the {@link PluginDescriptor}s (property values as text) and
 * the {@link PluginProblem}s.
 */
public record RegistryView(List<PluginDescriptor> plugins, List<PluginProblem> problems) {
    /** Every documented {@code matforge.*} service property: the constants of the SDK types that own them. */
    static final Set<String> KNOWN_PROPERTIES = knownProperties(PluginProperties.class, FeaturizerInfo.class, PredictorInfo.class,
            GeneratorInfo.class, DataSourceInfo.class, ScreenInfo.class, OptimizerInfo.class, BackendInfo.class, TrainerInfo.class,
            RunListener.class);

    /** Copies the lists. */
    public RegistryView {
        plugins = List.copyOf(plugins);
        problems = List.copyOf(problems);
    }

    /** @return the problems the registry reports for {@code bundle}, as text */
    public List<String> problemsOf(String bundle) {
        return problems.stream().filter(p -> p.bundle().equals(bundle))
                .map(p -> (p.component().isEmpty() ? "" : "component " + p.component() + ": ") + p.message()).toList();
    }

    /**
     * @return what is wrong with a descriptor, empty when well-formed: an id without blanks, a name and a description,
     *         {@code matforge.id} equal to the id, every {@code matforge.*} property a documented constant with a
     *         non-blank value, and the kind's own properties (a predictor's target, a generator's conditional flag)
     */
    public static List<String> wellFormed(PluginDescriptor p) {
        List<String> wrong = new ArrayList<>();
        if (p.kind() == null) {
            wrong.add("no plug-in kind");
        }
        if (p.id() == null || p.id().isBlank() || !p.id().equals(p.id().strip()) || p.id().chars().anyMatch(Character::isWhitespace)) {
            wrong.add("id '" + p.id() + "' is blank or has white space");
        }
        if (p.name() == null || p.name().isBlank() || p.name().equals(p.id())) {
            wrong.add("no " + PluginProperties.NAME + " (name() of the component property type)");
        }
        if (p.description() == null || p.description().isBlank()) {
            wrong.add("no " + PluginProperties.DESCRIPTION + " (description() of the component property type)");
        }
        if (!String.valueOf(p.id()).equals(p.properties().get(PluginProperties.ID))) {
            wrong.add(PluginProperties.ID + " = " + p.properties().get(PluginProperties.ID) + ", not the id");
        }
        for (Map.Entry<String, Object> e : p.properties().entrySet()) {
            if (!KNOWN_PROPERTIES.contains(e.getKey())) {
                wrong.add("property " + e.getKey() + " is no documented matforge.* property (a typo?)");
            } else if (e.getValue() == null || String.valueOf(e.getValue()).isBlank() && !e.getKey().equals(PluginProperties.DESCRIPTION)) {
                wrong.add("property " + e.getKey() + " is blank");
            }
        }
        if (p.kind() == PluginKind.PREDICTOR && String.valueOf(p.properties().getOrDefault(PredictorInfo.TARGET, "")).isBlank()) {
            wrong.add("a predictor without " + PredictorInfo.TARGET);
        }
        if (p.kind() == PluginKind.GENERATOR && p.properties().containsKey(GeneratorInfo.CONDITIONAL)
                && !Set.of("true", "false").contains(String.valueOf(p.properties().get(GeneratorInfo.CONDITIONAL)))) {
            wrong.add(GeneratorInfo.CONDITIONAL + " is not true or false");
        }
        return wrong;
    }

    static RegistryView read(Path file) throws IOException {
        List<PluginDescriptor> plugins = new ArrayList<>();
        List<PluginProblem> problems = new ArrayList<>();
        List<String> current = null;
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            List<String> f = RegistryText.fields(line);
            switch (f.get(0)) {
                case RegistryText.PLUGIN -> {
                    if (current != null) {
                        plugins.add(descriptor(current, properties));
                    }
                    current = f;
                    properties = new LinkedHashMap<>();
                }
                case RegistryText.PROPERTY -> properties.put(f.get(1), f.get(2));
                case RegistryText.PROBLEM -> problems.add(new PluginProblem(f.get(1), f.get(2), f.get(3), f.get(4)));
                default -> throw new IOException(file + ": unknown line '" + line + "'");
            }
        }
        if (current != null) {
            plugins.add(descriptor(current, properties));
        }
        return new RegistryView(plugins, problems);
    }

    private static PluginDescriptor descriptor(List<String> f, Map<String, Object> properties) {
        PluginKind kind = f.get(1).isEmpty() ? null : PluginKind.ofId(f.get(1));
        return new PluginDescriptor(kind, f.get(2), f.get(3), f.get(4), f.get(5), f.get(6), Long.parseLong(f.get(7)), properties);
    }

    private static Set<String> knownProperties(Class<?>... owners) {
        Set<String> names = new TreeSet<>();
        for (Class<?> owner : owners) {
            for (Field field : owner.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    try {
                        String value = (String) field.get(null);
                        if (value.startsWith(PluginProperties.PREFIX) && !value.equals(PluginProperties.PREFIX)) {
                            names.add(value);
                        }
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return names;
    }
}
