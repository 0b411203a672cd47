package org.matforge.server.internal.auth;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a token may do; each scope includes the ones before it. */
public enum Scope {
    /** Look: plug-ins, runs, artefacts, events, validation. */
    READ,
    /** Also submit and cancel runs. */
    SUBMIT,
    /** Also install and remove bundles. */
    ADMIN;

    /** @return the scope's name in the API, e.g. {@code submit} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return whether a token of this scope may do what {@code needed} allows */
    public boolean includes(Scope needed) {
        return ordinal() >= needed.ordinal();
    }

    /** @return this scope and the ones it includes, lowest first */
    public List<String> granted() {
        return Arrays.stream(values()).filter(this::includes).map(Scope::id).toList();
    }

    /** @return the scope named {@code id} */
    public static Optional<Scope> of(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }
}
