package org.matforge.api.plugin;

/**
 * A plug-in that is installed but does not work: a bundle that cannot resolve, or a component that failed to
 * activate or lacks a required service.
 *
 * @param bundle        symbolic name of the bundle
 * @param bundleVersion version of the bundle
 * @param component     the component name, or empty when the whole bundle is at fault
 * @param message       what is wrong, in words (e.g. the missing requirement or the activation exception)
 */
public record PluginProblem(String bundle, String bundleVersion, String component, String message) {
}
