package org.matforge.api.workflow;

/**
 * One thing wrong with a workflow document.
 *
 * @param path    where in the document, e.g. {@code steps[2].featurizer}
 * @param message what is wrong, e.g. {@code no featurizer 'magpei' — known: magpie, stoichiometry}
 */
public record WorkflowProblem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
