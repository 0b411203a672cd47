package org.matforge.api.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One parameter a plug-in reads: its name, type, default, allowed range (or choices), whether it is required and a
 * one-line description. Build one with the factories ({@link #integer}, {@link #number}, {@link #flag}, {@link #text},
 * {@link #choice}, {@link #integers}, {@link #numbers}, {@link #texts}) and narrow it with {@link #required()},
 * {@link #aboveMin()} and {@link #belowMax()}; collect them in a {@link ParameterSchema}.
 *
 * @param name         the key in {@link Parameters}
 * @param type         the kind of value
 * @param defaultValue the value used when the parameter is absent ({@code Long}, {@code Double}, {@code Boolean},
 *                     {@code String} or a {@code List} of these), or null when there is none
 * @param min          lower bound of a number or of each list element; {@code -Infinity} when unbounded
 * @param minExclusive whether {@code min} itself is refused
 * @param max          upper bound of a number or of each list element; {@code +Infinity} when unbounded
 * @param maxExclusive whether {@code max} itself is refused
 * @param choices      the allowed values of a {@link ParameterType#CHOICE}, empty otherwise
 * @param isRequired   whether the parameter must be given
 * @param description  one line for users
 */
public record ParameterSpec(String name, ParameterType type, Object defaultValue, double min, boolean minExclusive, double max,
        boolean maxExclusive, List<String> choices, boolean isRequired, String description) {

    private static final List<String> TRUE = List.of("true", "yes", "1");
    private static final List<String> FALSE = List.of("false", "no", "0");
    private static final double LONG_LIMIT = 9.2e18;

    /** Checks and copies the values. */
    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        choices = List.copyOf(choices);
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException("parameter '" + name + "': min " + min + " must not be above max " + max);
        }
        if (type == ParameterType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("parameter '" + name + "': a choice needs its choices");
        }
        if (defaultValue instanceof List<?> list) {
            defaultValue = List.copyOf(list);
        }
    }

    /** @return a whole-number parameter in [min, max] with a default */
    public static ParameterSpec integer(String name, long defaultValue, long min, long max, String description) {
        return new ParameterSpec(name, ParameterType.INTEGER, defaultValue, bound(min), false, bound(max), false, List.of(), false, description);
    }

    /** @return a whole-number parameter in [min, max] with no default (required, or the plug-in decides) */
    public static ParameterSpec integer(String name, long min, long max, String description) {
        return new ParameterSpec(name, ParameterType.INTEGER, null, bound(min), false, bound(max), false, List.of(), false, description);
    }

    /** @return a number parameter in [min, max] (either may be infinite) with a default */
    public static ParameterSpec number(String name, double defaultValue, double min, double max, String description) {
        return new ParameterSpec(name, ParameterType.NUMBER, defaultValue, min, false, max, false, List.of(), false, description);
    }

    /** @return a number parameter in [min, max] with no default */
    public static ParameterSpec number(String name, double min, double max, String description) {
        return new ParameterSpec(name, ParameterType.NUMBER, null, min, false, max, false, List.of(), false, description);
    }

    /** @return a boolean parameter */
    public static ParameterSpec flag(String name, boolean defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.BOOLEAN, defaultValue, Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY,
                false, List.of(), false, description);
    }

    /** @return a boolean parameter with no default (the plug-in decides, e.g. from its configuration) */
    public static ParameterSpec flag(String name, String description) {
        return new ParameterSpec(name, ParameterType.BOOLEAN, null, Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY,
                false, List.of(), false, description);
    }

    /** @return a text parameter; {@code defaultValue} may be null */
    public static ParameterSpec text(String name, String defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.TEXT, defaultValue, Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY,
                false, List.of(), false, description);
    }

    /** @return a parameter taking one of {@code choices}; {@code defaultValue} may be null */
    public static ParameterSpec choice(String name, String defaultValue, List<String> choices, String description) {
        return new ParameterSpec(name, ParameterType.CHOICE, defaultValue, Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY,
                false, choices, false, description);
    }

    /** @return a list of whole numbers, each in [min, max]; {@code defaultValue} may be null */
    public static ParameterSpec integers(String name, int[] defaultValue, long min, long max, String description) {
        List<Long> d = defaultValue == null ? null : Arrays.stream(defaultValue).mapToObj(v -> (long) v).toList();
        return new ParameterSpec(name, ParameterType.INTEGER_LIST, d, bound(min), false, bound(max), false, List.of(), false, description);
    }

    /** @return a list of numbers, each in [min, max]; {@code defaultValue} may be null */
    public static ParameterSpec numbers(String name, double[] defaultValue, double min, double max, String description) {
        List<Double> d = defaultValue == null ? null : Arrays.stream(defaultValue).boxed().toList();
        return new ParameterSpec(name, ParameterType.NUMBER_LIST, d, min, false, max, false, List.of(), false, description);
    }

    /** @return a list of texts with no default */
    public static ParameterSpec texts(String name, String description) {
        return new ParameterSpec(name, ParameterType.TEXT_LIST, null, Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY,
                false, List.of(), false, description);
    }

    /** @return this parameter, required (and without a default) */
    public ParameterSpec required() {
        return new ParameterSpec(name, type, null, min, minExclusive, max, maxExclusive, choices, true, description);
    }

    /** @return this parameter with {@code min} itself refused: (min, …] */
    public ParameterSpec aboveMin() {
        return new ParameterSpec(name, type, defaultValue, min, true, max, maxExclusive, choices, isRequired, description);
    }

    /** @return this parameter with {@code max} itself refused: […, max) */
    public ParameterSpec belowMax() {
        return new ParameterSpec(name, type, defaultValue, min, minExclusive, max, true, choices, isRequired, description);
    }

    /**
     * @param value a present value, as {@link Parameters} holds it
     * @return what is wrong with it (e.g. {@code must be a whole number from 1 to 100000, got 1e12}), empty when it is fine
     */
    public Optional<String> problem(Object value) {
        boolean ok = switch (type) {
            case INTEGER -> wholeInRange(value);
            case NUMBER -> numberInRange(value);
            case BOOLEAN -> value instanceof Boolean || isScalar(value) && (TRUE.contains(lower(value)) || FALSE.contains(lower(value)));
            case TEXT -> isScalar(value) && !value.toString().isBlank();
            case CHOICE -> isScalar(value) && matchingChoice(value.toString()).isPresent();
            case INTEGER_LIST, NUMBER_LIST -> listInRange(value);
            case TEXT_LIST -> value instanceof List<?> l ? !l.isEmpty() && l.stream().allMatch(v -> isScalar(v) && !v.toString().isBlank())
                    : isScalar(value) && !value.toString().isBlank();
        };
        if (ok) {
            return Optional.empty();
        }
        if (type == ParameterType.CHOICE) {
            String got = isScalar(value) ? value.toString() : show(value);
            return Optional.of("must be one of the known choices, got " + show(value) + ParameterSchema.hint(got, choices));
        }
        return Optional.of("must be " + expected() + ", got " + show(value));
    }

    /** @return the choice {@code value} names (ignoring case and surrounding blanks), if any */
    public Optional<String> matchingChoice(String value) {
        String v = value.trim();
        return choices.stream().filter(c -> c.equalsIgnoreCase(v)).findFirst();
    }

    /** @return what a valid value is, e.g. {@code a whole number from 1 to 100000} or {@code a number in (0, 1]} */
    public String expected() {
        return switch (type) {
            case INTEGER -> "a whole number" + range(true);
            case NUMBER -> (hasMin() || hasMax() ? "a number" : "a finite number") + range(true);
            case BOOLEAN -> "true or false";
            case TEXT -> "a non-empty text";
            case CHOICE -> "one of " + String.join(", ", choices);
            case INTEGER_LIST -> "a non-empty list of whole numbers" + range(true);
            case NUMBER_LIST -> "a non-empty list of numbers" + range(true);
            case TEXT_LIST -> "a non-empty text or list of texts";
        };
    }

    /**
     * @return the allowed values for documentation: {@code 1 – 100000}, {@code (0, 1]}, {@code ≥ 0}, {@code any} (an
     *         unbounded number), the choices, or {@code —} (texts and flags)
     */
    public String rangeText() {
        if (type == ParameterType.CHOICE) {
            return String.join(", ", choices.stream().map(c -> "`" + c + "`").toList());
        }
        if (type == ParameterType.TEXT || type == ParameterType.TEXT_LIST || type == ParameterType.BOOLEAN) {
            return "—";
        }
        String r = range(false);
        return r.isEmpty() ? "any" : r;
    }

    /** @return the default for documentation, {@code required} or {@code —} */
    public String defaultText() {
        if (isRequired) {
            return "required";
        }
        if (defaultValue == null) {
            return "—";
        }
        if (defaultValue instanceof List<?> l) {
            return String.join(", ", l.stream().map(ParameterSpec::format).toList());
        }
        return format(defaultValue);
    }

    private String range(boolean prose) {
        boolean lo = hasMin();
        boolean hi = hasMax();
        if (!lo && !hi) {
            return "";
        }
        if (lo && hi && !minExclusive && !maxExclusive) {
            return prose ? " from " + format(min) + " to " + format(max) : format(min) + " – " + format(max);
        }
        if (lo && hi) {
            String r = (minExclusive ? "(" : "[") + format(min) + ", " + format(max) + (maxExclusive ? ")" : "]");
            return prose ? " in " + r : r;
        }
        String r = lo ? (minExclusive ? "> " : "≥ ") + format(min) : (maxExclusive ? "< " : "≤ ") + format(max);
        return prose ? " " + r : r;
    }

    private boolean hasMin() {
        return min != Double.NEGATIVE_INFINITY && min > -LONG_LIMIT;
    }

    private boolean hasMax() {
        return max != Double.POSITIVE_INFINITY && max < LONG_LIMIT;
    }

    private boolean wholeInRange(Object value) {
        Double d = number(value);
        return d != null && d == Math.rint(d) && Math.abs(d) < LONG_LIMIT && inRange(d);
    }

    private boolean numberInRange(Object value) {
        Double d = number(value);
        return d != null && inRange(d);
    }

    private boolean inRange(double d) {
        return Double.isFinite(d) && (minExclusive ? d > min : d >= min) && (maxExclusive ? d < max : d <= max);
    }

    private boolean listInRange(Object value) {
        List<?> items = value instanceof List<?> l ? l : value instanceof String s ? Arrays.asList(s.split(",")) : List.of(value);
        if (items.isEmpty()) {
            return false;
        }
        for (Object item : items) {
            if (!(type == ParameterType.INTEGER_LIST ? wholeInRange(item) : numberInRange(item))) {
                return false;
            }
        }
        return true;
    }

    private static Double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }

    private static String lower(Object value) {
        return value.toString().trim().toLowerCase(Locale.ROOT);
    }

    private static double bound(long v) {
        return v == Long.MIN_VALUE ? Double.NEGATIVE_INFINITY : v == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : v;
    }

    /** @return a value as given: texts quoted, numbers as written (a JSON {@code 1e12} stays {@code 1e12}), lists item by item */
    static String show(Object value) {
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        if (value instanceof Double || value instanceof Float) {
            return format(value);
        }
        if (value instanceof List<?> l) {
            List<String> items = new ArrayList<>();
            l.forEach(v -> items.add(show(v)));
            return "[" + String.join(", ", items) + "]";
        }
        if (value instanceof Map<?, ?>) {
            return "an object " + value;
        }
        return String.valueOf(value);
    }

    private static String format(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                return Double.isNaN(d) ? "NaN" : d > 0 ? "+∞" : "−∞";
            }
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
