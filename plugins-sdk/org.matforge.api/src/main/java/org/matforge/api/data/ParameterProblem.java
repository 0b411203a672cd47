package org.matforge.api.data;

/**
 * One thing wrong with one plug-in parameter.
 *
 * @param parameter the parameter's name as given (for an unknown one: as typed)
 * @param message   what is wrong, without the name, e.g. {@code must be a whole number from 1 to 100000, got 1e12}
 */
public record ParameterProblem(String parameter, String message) {
    /** @return e.g. {@code 'epochs' must be a whole number from 1 to 100000, got 1e12} */
    @Override
    public String toString() {
        return "'" + parameter + "' " + message;
    }
}
