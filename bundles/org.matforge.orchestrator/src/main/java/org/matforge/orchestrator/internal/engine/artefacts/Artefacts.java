package org.matforge.orchestrator.internal.engine.artefacts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matforge.orchestrator.internal.engine.StepException;

/** The artefacts of one run by the name of the step that produced them, in step order. */
public final class Artefacts {
    private final Map<String, Artefact> byName = new LinkedHashMap<>();

    /** Keeps the artefact of step {@code name}. */
    public synchronized void put(String name, Artefact artefact) {
        byName.put(name, artefact);
    }

    /**
     * @return the artefact of step {@code name}
     * @throws StepException when there is none of that type (validation makes sure there is)
     */
    public synchronized <T extends Artefact> T get(String name, Class<T> type) throws StepException {
        Artefact a = byName.get(name);
        if (!type.isInstance(a)) {
            throw new StepException("no " + type.getSimpleName() + " artefact named '" + name + "'" + (a == null ? "" : ", but a " + a.type().label()));
        }
        return type.cast(a);
    }

    /** @return every artefact of a type, in step order */
    public synchronized <T extends Artefact> List<T> all(Class<T> type) {
        return byName.values().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Drops every artefact (the run ended). */
    public synchronized void clear() {
        byName.clear();
    }
}
