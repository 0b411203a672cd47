package org.matforge.core.internal.osgi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.matforge.api.plugin.PluginProblem;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * Finds installed bundles that cannot resolve (naming the missing requirements) and components that failed to
 * activate or wait for a required service. Reads framework state only; it starts nothing.
 */
final class PluginDiagnostics {
    private final BundleContext context;
    private final ServiceComponentRuntime scr;

    PluginDiagnostics(BundleContext context, ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
    }

    List<PluginProblem> problems() {
        List<PluginProblem> problems = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() == Bundle.INSTALLED) {
                unresolved(bundle).ifPresent(problems::add);
            } else {
                notStarted(bundle).ifPresent(problems::add);
            }
        }
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
            for (ComponentConfigurationDTO config : scr.getComponentConfigurationDTOs(description)) {
                componentProblem(description, config).ifPresent(problems::add);
            }
        }
        problems.addAll(ignoredFiles());
        return problems;
    }

    /**
     * @return the jars in the folders FileInstall watches ({@code felix.fileinstall.dir}) that it ignores because
     *         they are not bundles: unreadable, or a manifest without {@code Bundle-SymbolicName}
     */
    List<PluginProblem> ignoredFiles() {
        String dirs = context.getProperty("felix.fileinstall.dir");
        if (dirs == null || dirs.isBlank()) {
            return List.of();
        }
        List<PluginProblem> problems = new ArrayList<>();
        for (String dir : dirs.split(",")) {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of(dir.trim()))) {
                files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted()
                        .forEach(jar -> notABundle(jar).ifPresent(why -> problems.add(new PluginProblem(jar.getFileName().toString(), "", "", why))));
            } catch (java.io.IOException | RuntimeException unreadableFolder) {
                // FileInstall cannot read it either; nothing is installed from it
            }
        }
        return problems;
    }

    /** @return why a jar is not a bundle, if it is not */
    static java.util.Optional<String> notABundle(java.nio.file.Path jar) {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            java.util.jar.Manifest manifest = file.getManifest();
            if (manifest == null || manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) == null) {
                return java.util.Optional.of("not a bundle: its manifest has no " + Constants.BUNDLE_SYMBOLICNAME + "; ignored");
            }
            return java.util.Optional.empty();
        } catch (java.io.IOException e) {
            return java.util.Optional.of("not a bundle: not a readable jar (" + e.getMessage() + "); ignored");
        }
    }

    /** @return why an installed bundle does not resolve, if it does not */
    java.util.Optional<PluginProblem> unresolved(Bundle bundle) {
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        if (wiring.resolveBundles(Set.of(bundle))) {
            return java.util.Optional.empty();
        }
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        String missing = revision == null ? "" : revision.getDeclaredRequirements(null).stream()
                .filter(req -> !Namespace.RESOLUTION_OPTIONAL.equals(req.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE)))
                .filter(req -> wiring.findProviders(req).isEmpty())
                .map(PluginDiagnostics::describe)
                .collect(Collectors.joining("; "));
        String message = missing.isEmpty()
                ? "cannot be resolved (a requirement is met only by a bundle that itself cannot resolve)"
                : "cannot be resolved: missing " + missing;
        return java.util.Optional.of(new PluginProblem(name(bundle), bundle.getVersion().toString(), "", message));
    }

    /**
     * @return why a resolved bundle that was asked to start is not active: its activator is still running (stuck, it
     *         holds the framework's lock on the bundle) or threw (the framework leaves it resolved)
     */
    static java.util.Optional<PluginProblem> notStarted(Bundle bundle) {
        if (bundle.getBundleId() == 0 || lazy(bundle)) {
            return java.util.Optional.empty();
        }
        String message = null;
        if (bundle.getState() == Bundle.STARTING) {
            message = STUCK_STARTING;
        } else if (bundle.getState() == Bundle.RESOLVED && bundle.getHeaders("").get(Constants.BUNDLE_ACTIVATOR) != null
                && persistentlyStarted(bundle)) {
            message = "activator failed: " + bundle.getHeaders("").get(Constants.BUNDLE_ACTIVATOR)
                    + ".start threw, so the bundle is not active (the log has the exception)";
        }
        return message == null ? java.util.Optional.empty()
                : java.util.Optional.of(new PluginProblem(name(bundle), bundle.getVersion().toString(), "", message));
    }

    /**
     * @return whether a bundle installed from a file (e.g. by FileInstall from {@code plugins/}) is resolved but was
     *         never asked to start — as happens to the plug-ins installed with one whose activator does not return
     */
    static boolean waitingToStart(Bundle bundle) {
        return bundle.getBundleId() != 0 && bundle.getState() == Bundle.RESOLVED && bundle.getLocation().startsWith("file:")
                && bundle.getHeaders("").get(Constants.FRAGMENT_HOST) == null && !persistentlyStarted(bundle);
    }

    /** @return whether a bundle installed from a file was never asked to start and is not resolved yet */
    static boolean waitingToResolve(Bundle bundle) {
        return bundle.getBundleId() != 0 && bundle.getState() == Bundle.INSTALLED && bundle.getLocation().startsWith("file:")
                && bundle.getHeaders("").get(Constants.FRAGMENT_HOST) == null && !persistentlyStarted(bundle);
    }

    /** What a bundle whose activator has not returned is reported with. */
    static final String STUCK_STARTING = "stuck starting: its activator has not returned; the runtime goes on without it";

    private static boolean lazy(Bundle bundle) {
        String policy = bundle.getHeaders("").get(Constants.BUNDLE_ACTIVATIONPOLICY);
        return policy != null && policy.trim().startsWith(Constants.ACTIVATION_LAZY);
    }

    private static boolean persistentlyStarted(Bundle bundle) {
        org.osgi.framework.startlevel.BundleStartLevel level = bundle.adapt(org.osgi.framework.startlevel.BundleStartLevel.class);
        return level != null && level.isPersistentlyStarted();
    }

    private static java.util.Optional<PluginProblem> componentProblem(ComponentDescriptionDTO description, ComponentConfigurationDTO config) {
        String message = switch (config.state) {
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "failed to activate: " + rootCause(config.failure);
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "waiting for " + references(config.unsatisfiedReferences, description);
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "waiting for its configuration (PID " + String.join(", ", description.configurationPid) + ")";
            default -> null;
        };
        if (message == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new PluginProblem(description.bundle.symbolicName,
                versionOf(description), description.name, message));
    }

    private static String references(UnsatisfiedReferenceDTO[] refs, ComponentDescriptionDTO description) {
        List<String> parts = new ArrayList<>();
        for (UnsatisfiedReferenceDTO ref : refs) {
            String iface = java.util.Arrays.stream(description.references)
                    .filter(r -> r.name.equals(ref.name)).map(r -> r.interfaceName).findFirst().orElse(ref.name);
            parts.add(iface + (ref.target == null ? "" : " " + ref.target));
        }
        return String.join(", ", parts);
    }

    private static String versionOf(ComponentDescriptionDTO description) {
        return description.bundle == null ? "" : String.valueOf(description.bundle.version);
    }

    private static String describe(BundleRequirement req) {
        String filter = req.getDirectives().get(Namespace.REQUIREMENT_FILTER_DIRECTIVE);
        return req.getNamespace() + (filter == null ? "" : " " + filter);
    }

    /** @return the innermost exception line of a stack trace as SCR records it ("Caused by: ..." last) */
    static String rootCause(String stackTrace) {
        if (stackTrace == null || stackTrace.isBlank()) {
            return "(no reason given)";
        }
        String cause = stackTrace.lines().findFirst().orElse(stackTrace);
        for (String line : (Iterable<String>) stackTrace.lines()::iterator) {
            if (line.startsWith("Caused by: ")) {
                cause = line.substring("Caused by: ".length());
            }
        }
        return cause.length() > 300 ? cause.substring(0, 297) + "..." : cause;
    }

    /** @return "bundleId/componentName" of every component configuration whose activation failed */
    java.util.Set<String> failedComponents() {
        java.util.Set<String> failed = new java.util.HashSet<>();
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
            for (ComponentConfigurationDTO config : scr.getComponentConfigurationDTOs(description)) {
                if (config.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    failed.add(description.bundle.id + "/" + description.name);
                }
            }
        }
        return failed;
    }

    private static String name(Bundle bundle) {
        return bundle.getSymbolicName() == null ? bundle.getLocation() : bundle.getSymbolicName();
    }

}
