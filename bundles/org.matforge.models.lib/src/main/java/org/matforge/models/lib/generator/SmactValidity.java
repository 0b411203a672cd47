package org.matforge.models.lib.generator;

import java.util.function.Predicate;

import org.matforge.api.chem.Composition;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.chemistry.lib.oxidation.ValidityChecker;
import org.matforge.chemistry.lib.oxidation.ValidityResult;

/** SMACT validity: the checker behind the {@code smact-validity} screen with its default set (icsd24), on the chemistry library. */
public final class SmactValidity implements Predicate<Composition> {
    private final ValidityChecker checker = ValidityChecker.smactDefaults(ElementTable.load(), "icsd24");

    @Override
    public boolean test(Composition c) {
        return checker.check(c).status() == ValidityResult.Status.VALID;
    }
}
