package org.matforge.api.optimize;

/**
 * A measured proposal.
 *
 * @param proposalId the proposal's id
 * @param value      the measured objective
 */
public record Result(String proposalId, double value) {
}
