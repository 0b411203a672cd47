package org.matforge.orchestrator.internal.workflow;

import com.google.gson.JsonObject;

/**
 * The parameters a workflow gives one plug-in: a step's {@code parameters} with its data source or trainer, or a
 * screen entry's {@code parameters} with that screen. Validation collects all of them in one place
 * ({@link WorkflowParser}) so each can be checked against what its plug-in declares.
 *
 * @param plugin     the plug-in the parameters go to
 * @param parameters the parameters as written ({@code {"$formulas": …}} references not yet replaced)
 * @param path       where they are in the document, e.g. {@code steps[3].parameters}
 */
public record PluginParameters(PluginRef plugin, JsonObject parameters, String path) {
}
