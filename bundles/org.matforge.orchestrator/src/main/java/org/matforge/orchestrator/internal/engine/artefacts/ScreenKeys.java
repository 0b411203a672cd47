package org.matforge.orchestrator.internal.engine.artefacts;

import org.matforge.orchestrator.internal.workflow.PluginRef;
import org.matforge.orchestrator.internal.workflow.Step;
import org.matforge.orchestrator.internal.workflow.StepType;
import org.matforge.orchestrator.internal.workflow.Workflow;

/**
 * The name a screen's result is kept under in a candidate (and so the prefix of its columns in {@code candidates.csv}):
 * the screen's id when the workflow uses that screen once, else {@code <step>.<position>.<id>} (position 1-based within
 * the step), so that two {@code property-window} screens keep both results.
 */
public final class ScreenKeys {
    private ScreenKeys() {
    }

    /** @return the key of the screen at {@code position} (0-based) of screen step {@code step} of {@code workflow} */
    public static String of(Workflow workflow, Step step, int position) {
        String id = step.plugins("screens").get(position).id();
        long uses = workflow.steps().stream().filter(s -> s.type() == StepType.SCREEN)
                .flatMap(s -> s.plugins("screens").stream()).map(PluginRef::id).filter(id::equals).count();
        return uses <= 1 ? id : step.name() + "." + (position + 1) + "." + id;
    }

    /** @return whether {@code key} names a result of screen {@code id} */
    public static boolean isScreen(String key, String id) {
        return key.equals(id) || key.endsWith("." + id) && key.length() > id.length() + 1;
    }
}
