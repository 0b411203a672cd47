package org.matforge.core.internal.osgi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.matforge.api.plugin.PluginDescriptor;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginLease;
import org.matforge.api.plugin.PluginProblem;
import org.matforge.api.plugin.PluginQuery;
import org.matforge.api.plugin.PluginRegistry;
import org.matforge.api.plugin.PluginUnavailableException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentConstants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * The plug-in catalogue over the service registry: every service registered under the SPI interface of a
 * {@link PluginKind} is a plug-in. It reads service references only —
 * listing and finding plug-ins never loads or activates them — and picks up or drops plug-ins as bundles come and
 * go; a lease gets the service object itself, through {@link RegistryLease}.
 */
@Component(service = PluginRegistry.class)
public class PluginRegistryComponent implements PluginRegistry {
    private static final long POLL_MILLIS = 50;

    private final BundleContext context;
    private final PluginDiagnostics diagnostics;

    /** Model files of model bundles that could not be loaded are problems too. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ModelBundleExtenderComponent modelBundles;

    /** Creates the registry. */
    @Activate
    public PluginRegistryComponent(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.diagnostics = new PluginDiagnostics(context, scr);
    }

    @Override
    public List<PluginDescriptor> plugins() {
        Set<String> failed = diagnostics.failedComponents();
        List<PluginDescriptor> all = new ArrayList<>();
        for (PluginKind kind : PluginKind.values()) {
            all.addAll(working(kind, failed));
        }
        return all;
    }

    @Override
    public List<PluginDescriptor> plugins(PluginKind kind) {
        return working(kind, diagnostics.failedComponents());
    }

    /** Plug-ins of a kind, leaving out services whose component failed to activate (they are listed as problems). */
    private List<PluginDescriptor> working(PluginKind kind, Set<String> failedComponents) {
        List<PluginDescriptor> out = new ArrayList<>();
        for (ServiceReference<?> ref : references(kind)) {
            Bundle bundle = ref.getBundle();
            Object component = ref.getProperty(ComponentConstants.COMPONENT_NAME);
            if (bundle != null && component != null && failedComponents.contains(bundle.getBundleId() + "/" + component)) {
                continue;
            }
            PluginDescriptors.describe(kind, ref).ifPresent(out::add);
        }
        out.sort(Comparator.comparing(PluginDescriptor::id).thenComparing(PluginDescriptor::serviceId));
        return out;
    }

    @Override
    public Optional<PluginDescriptor> find(PluginKind kind, String id) {
        return find(PluginQuery.of(kind, id)).stream().findFirst();
    }

    @Override
    public List<PluginDescriptor> find(PluginQuery query) {
        return describe(query.kind(), matching(query, query.kind().serviceInterface()));
    }

    @Override
    public List<PluginDescriptor> await(PluginQuery query, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            List<PluginDescriptor> found = find(query);
            if (!found.isEmpty() || System.nanoTime() >= deadline) {
                return found;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    @Override
    public <S> PluginLease<S> lease(PluginQuery query, Class<S> type, Duration wait, Runnable onGone)
            throws PluginUnavailableException, InterruptedException {
        return lease(() -> matching(query, type.getName()), ref -> PluginDescriptors.describe(query.kind(), ref), type, wait, onGone,
                "no " + query.describe() + " registered", query.describe() + " is registered");
    }

    @Override
    public <S> PluginLease<S> leaseService(Class<S> type, Duration wait, Runnable onGone)
            throws PluginUnavailableException, InterruptedException {
        return lease(() -> registered(type.getName()), ref -> PluginDescriptors.describeService(type, ref), type, wait, onGone,
                "no " + type.getSimpleName() + " service registered", "the " + type.getSimpleName() + " service is registered");
    }

    /** Leases the best of {@code candidates}, polling until one can be obtained or the wait is over. */
    private <S> PluginLease<S> lease(Supplier<List<ServiceReference<?>>> candidates, Function<ServiceReference<?>, Optional<PluginDescriptor>> describe,
            Class<S> type, Duration wait, Runnable onGone, String none, String some) throws PluginUnavailableException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            List<ServiceReference<?>> refs = candidates.get();
            if (!refs.isEmpty()) {
                @SuppressWarnings("unchecked")
                ServiceReference<S> best = (ServiceReference<S>) refs.get(0);
                Optional<PluginDescriptor> descriptor = describe.apply(best);
                RegistryLease<S> lease = descriptor.isEmpty() ? null : RegistryLease.obtain(context, best, descriptor.get(), onGone);
                if (lease != null) {
                    return lease;
                }
            }
            if (System.nanoTime() >= deadline) {
                String waited = " after waiting " + wait.toMillis() / 1000.0 + " s";
                throw refs.isEmpty() ? new PluginUnavailableException(none + waited, false)
                        : new PluginUnavailableException(some + " but could not be obtained (its component does not activate)", true);
            }
            Thread.sleep(POLL_MILLIS); // absent, or registered but not obtainable yet: its component may still be activating
        }
    }

    /** @return the services of the query's kind registered under {@code objectClass} that satisfy it, best first */
    private List<ServiceReference<?>> matching(PluginQuery query, String objectClass) {
        return PluginQueries.matching(references(query.kind()).stream().filter(ref -> registeredAs(ref, objectClass)).toList(), query);
    }

    /**
     * @return the services registered under {@code objectClass} now, best first. Asked of the framework on each call, not
     *         tracked: the framework (Felix) drops a service from lookups before it tells any listener of its unregistration.
     */
    private List<ServiceReference<?>> registered(String objectClass) {
        try {
            ServiceReference<?>[] refs = context.getServiceReferences(objectClass, null);
            return refs == null ? List.of() : Stream.of(refs).sorted(Comparator.reverseOrder()).collect(Collectors.toList());
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean registeredAs(ServiceReference<?> ref, String objectClass) {
        Object classes = ref.getProperty(Constants.OBJECTCLASS);
        return classes instanceof String[] names && Arrays.asList(names).contains(objectClass);
    }

    private static List<PluginDescriptor> describe(PluginKind kind, List<ServiceReference<?>> refs) {
        List<PluginDescriptor> out = new ArrayList<>();
        for (ServiceReference<?> ref : refs) {
            PluginDescriptors.describe(kind, ref).ifPresent(out::add);
        }
        return out;
    }

    @Override
    public boolean settled() {
        ModelBundleExtenderComponent extender = modelBundles;
        return extender == null || extender.idle();
    }

    @Override
    public List<PluginProblem> problems() {
        ModelBundleExtenderComponent extender = modelBundles;
        if (extender == null) {
            return diagnostics.problems();
        }
        List<PluginProblem> all = new ArrayList<>(diagnostics.problems());
        all.addAll(extender.problems());
        return all;
    }

    /** @return the services registered under the kind's SPI interface now, best first */
    private List<ServiceReference<?>> references(PluginKind kind) {
        return registered(kind.serviceInterface());
    }
}
