package org.matforge.stability.lib;

/**
 * One decomposition product: a phase and its share of the atoms.
 *
 * @param phase    the phase (a pure element at 0 eV/atom when no known phase of that element is lower)
 * @param fraction share of the atoms, in (0, 1]
 */
public record Product(Phase phase, double fraction) {
}
