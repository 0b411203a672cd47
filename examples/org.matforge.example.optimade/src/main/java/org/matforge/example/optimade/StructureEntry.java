package org.matforge.example.optimade;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * One OPTIMADE structures entry ({@code {"id", "type", "attributes": {...}}}) read as a composition and attribute
 * values. OPTIMADE says an attribute may be absent or {@code null} (unknown); both read as missing.
 */
final class StructureEntry {
    private final JsonObject entry;
    private final JsonObject attributes;

    StructureEntry(JsonElement json) {
        this.entry = json != null && json.isJsonObject() ? json.getAsJsonObject() : new JsonObject();
        JsonElement a = entry.get("attributes");
        this.attributes = a != null && a.isJsonObject() ? a.getAsJsonObject() : new JsonObject();
    }

    /** @return the provider's id of the entry, empty when it has none */
    String id() {
        JsonElement id = entry.get("id");
        return id == null || !id.isJsonPrimitive() ? "" : id.getAsString();
    }

    /** @return the attribute, empty when absent or null */
    Optional<JsonElement> attribute(String name) {
        JsonElement v = attributes.get(name);
        return v == null || v.isJsonNull() ? Optional.empty() : Optional.of(v);
    }

    /**
     * @param source {@link OptimadeQuery#REDUCED} or {@link OptimadeQuery#SITES}
     * @return the composition; empty when the entry gives neither a readable reduced formula nor its sites
     */
    Optional<Composition> composition(String source) {
        if (OptimadeQuery.REDUCED.equals(source)) {
            Optional<Composition> reduced = reducedFormula();
            if (reduced.isPresent()) {
                return reduced;
            }
        }
        return fromSites();
    }

    private Optional<Composition> reducedFormula() {
        return attribute("chemical_formula_reduced").filter(JsonElement::isJsonPrimitive).flatMap(f -> {
            try {
                return Optional.of(Composition.parse(f.getAsString()));
            } catch (IllegalArgumentException e) { // FormulaException included
                return Optional.empty();
            }
        });
    }

    /**
     * Counts the sites of each species and adds each of its chemical symbols times its concentration; vacancies and
     * unknown atoms ({@code X}) add nothing. Whole-number totals are reduced by their common divisor.
     */
    private Optional<Composition> fromSites() {
        Optional<JsonElement> species = attribute("species").filter(JsonElement::isJsonArray);
        Optional<JsonElement> sites = attribute("species_at_sites").filter(JsonElement::isJsonArray);
        if (species.isEmpty() || sites.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> siteCounts = new HashMap<>();
        for (JsonElement site : sites.get().getAsJsonArray()) {
            if (site.isJsonPrimitive()) {
                siteCounts.merge(site.getAsString(), 1, Integer::sum);
            }
        }
        Map<Element, Double> amounts = new EnumMap<>(Element.class);
        for (JsonElement s : species.get().getAsJsonArray()) {
            if (!s.isJsonObject() || !s.getAsJsonObject().has("name")) {
                continue;
            }
            JsonObject one = s.getAsJsonObject();
            int count = siteCounts.getOrDefault(one.get("name").getAsString(), 0);
            JsonArray symbols = array(one, "chemical_symbols");
            JsonArray concentration = array(one, "concentration");
            for (int i = 0; count > 0 && i < symbols.size() && i < concentration.size(); i++) {
                Optional<Element> element = Element.ofSymbol(symbols.get(i).getAsString());
                double c = concentration.get(i).isJsonPrimitive() ? concentration.get(i).getAsDouble() : 0;
                if (element.isPresent() && c > 0) {
                    amounts.merge(element.get(), count * c, Double::sum);
                }
            }
        }
        return amounts.isEmpty() ? Optional.empty() : Optional.of(Composition.of(amounts).reduced());
    }

    private static JsonArray array(JsonObject o, String key) {
        JsonElement v = o.get(key);
        return v != null && v.isJsonArray() ? v.getAsJsonArray() : new JsonArray();
    }
}
