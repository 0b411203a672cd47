package org.matforge.stability.lib;

import java.util.Objects;

import org.matforge.api.chem.Composition;

/**
 * A known phase: a composition with its formation energy per atom (eV/atom, elements in their reference state at 0).
 *
 * @param name        how reports name it, e.g. its reduced formula {@code Fe2O3}
 * @param composition the composition (any amounts; the hull uses its element fractions)
 * @param energy      formation energy, eV/atom, finite
 */
public record Phase(String name, Composition composition, double energy) {
    /** Checks the arguments. */
    public Phase {
        Objects.requireNonNull(composition, "composition");
        if (!Double.isFinite(energy)) {
            throw new IllegalArgumentException("formation energy of " + composition.reducedFormula() + " must be finite, got " + energy);
        }
        name = name == null || name.isBlank() ? composition.reducedFormula() : name;
    }

    /** @return a phase named by its reduced formula */
    public static Phase of(Composition composition, double energy) {
        return new Phase(composition.reducedFormula(), composition, energy);
    }

    /** @return a phase named by its reduced formula @throws IllegalArgumentException when the formula cannot be read */
    public static Phase of(String formula, double energy) {
        return of(Composition.parse(formula), energy);
    }

    /** @return whether this is a pure element */
    public boolean isElement() {
        return composition.size() == 1;
    }
}
