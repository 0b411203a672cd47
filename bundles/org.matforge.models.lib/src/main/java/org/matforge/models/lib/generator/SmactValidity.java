package org.matforge.models.lib.generator;

import java.util.function.Predicate;

import org.matforge.api.chem.Composition;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.chemistry.lib.oxidation.ValidityChecker;
import org.matforge.chemistry.lib.oxidation.ValidityResult;

/** SMACT validity: the checker behind the {@code smact-validity} screen (by default with its default set, icsd24), on the chemistry library. */
public final class SmactValidity implements Predicate<Composition> {
    /** The screen's default oxidation-state set. */
    public static final String DEFAULT_SET = "icsd24";

    private final ValidityChecker checker;

    /** With the screen's default set, {@value #DEFAULT_SET}. */
    public SmactValidity() {
        this(DEFAULT_SET);
    }

    /** @param oxidationStates the oxidation-state set, as the screen's {@code oxidationStates} parameter @throws IllegalArgumentException for an unknown set */
    public SmactValidity(String oxidationStates) {
        checker = ValidityChecker.smactDefaults(ElementTable.load(), oxidationStates);
    }

    @Override
    public boolean test(Composition c) {
        return checker.check(c).status() == ValidityResult.Status.VALID;
    }
}
