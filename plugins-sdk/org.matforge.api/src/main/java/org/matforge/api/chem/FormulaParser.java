package org.matforge.api.chem;

/**
 * Recursive-descent reader of chemical formulas; see {@link Composition#parse(String)} for the grammar.
 * Linear in the input length; the depth of nesting and the input length are bounded.
 */
final class FormulaParser {
    static final int MAX_LENGTH = 1000;
    static final int MAX_DEPTH = 16;
    static final double MAX_AMOUNT = 1e6;

    private final String text;
    private final double[] amounts = new double[Element.values().length];
    private int pos;

    private FormulaParser(String text) {
        this.text = text;
    }

    static double[] parse(String formula) {
        if (formula == null) {
            throw new FormulaException(null, -1, "no formula given");
        }
        if (formula.length() > MAX_LENGTH) {
            throw new FormulaException(formula, MAX_LENGTH, "formula too long (" + formula.length()
                    + " characters; at most " + MAX_LENGTH + ")");
        }
        FormulaParser parser = new FormulaParser(formula);
        parser.formula();
        return parser.amounts;
    }

    /** formula := part (separator part)* */
    private void formula() {
        skipSpace();
        if (pos == text.length()) {
            throw fail(-1, "empty formula");
        }
        part();
        while (pos < text.length()) {
            if (!separator()) {
                throw fail(pos, unexpected());
            }
            skipSpace();
            part();
        }
    }

    /** part := [coefficient] group+ ; a leading coefficient multiplies the whole part, as in 5H2O. */
    private void part() {
        int start = pos;
        double coefficient = 1;
        if (pos < text.length() && isNumberStart(text.charAt(pos))) {
            coefficient = number(true);
            skipSpace();
        }
        double[] own = new double[amounts.length];
        int groups = sequence(own, 0);
        if (groups == 0) {
            throw fail(pos < text.length() ? pos : start, pos < text.length() ? unexpected() : "expected an element after position " + start);
        }
        for (int z = 0; z < own.length; z++) {
            amounts[z] += own[z] * coefficient;
        }
    }

    /** sequence := (element [number] | open sequence close [number])* ; returns how many groups were read */
    private int sequence(double[] into, int depth) {
        int groups = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c >= 'A' && c <= 'Z') {
                Element element = element();
                skipSpace();
                double amount = optionalNumber();
                into[element.ordinal()] += amount;
            } else if (c == '(' || c == '[' || c == '{') {
                group(into, depth, c);
            } else if (c == ' ' || c == '\t') {
                skipSpace();
                continue;
            } else {
                break;
            }
            groups++;
        }
        return groups;
    }

    private void group(double[] into, int depth, char open) {
        if (depth + 1 > MAX_DEPTH) {
            throw fail(pos, "brackets nested deeper than " + MAX_DEPTH);
        }
        int openedAt = pos++;
        double[] inner = new double[into.length];
        if (sequence(inner, depth + 1) == 0) {
            throw fail(pos < text.length() ? pos : openedAt, pos < text.length() && !isClose(text.charAt(pos))
                    ? unexpected() : "empty '" + open + "' group opened at position " + openedAt);
        }
        char close = closing(open);
        if (pos >= text.length() || text.charAt(pos) != close) {
            throw fail(pos < text.length() && isClose(text.charAt(pos)) ? pos : openedAt,
                    "unclosed '" + open + "' opened at position " + openedAt);
        }
        pos++;
        double multiplier = optionalNumber();
        for (int z = 0; z < inner.length; z++) {
            into[z] += inner[z] * multiplier;
        }
    }

    private Element element() {
        char upper = text.charAt(pos);
        if (pos + 1 < text.length()) {
            char next = text.charAt(pos + 1);
            if (next >= 'a' && next <= 'z') {
                Element two = SymbolIndex.twoLetter(upper, next);
                if (two == null) {
                    throw fail(pos, "unknown element '" + upper + next + "'");
                }
                pos += 2;
                return two;
            }
        }
        Element one = SymbolIndex.oneLetter(upper);
        if (one == null) {
            throw fail(pos, "unknown element '" + upper + "'");
        }
        pos++;
        return one;
    }

    private double optionalNumber() {
        if (pos < text.length() && isNumberStart(text.charAt(pos)) && !startsHydrateSeparator()) {
            return number(false);
        }
        return 1;
    }

    /**
     * number := digits ['.' digits] | '.' digits ; positive and at most MAX_AMOUNT. In a leading coefficient
     * ({@code 2.5H2O}) a '.' is always a decimal point; after an element it may start an adduct.
     */
    private double number(boolean coefficient) {
        int start = pos;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '.' && (coefficient || !startsHydrateSeparator())) {
            pos++;
            int fractionStart = pos;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                pos++;
            }
            if (pos == fractionStart) {
                throw fail(start, "number '" + text.substring(start, pos) + "' has no digits after the decimal point");
            }
        }
        if (pos - start > 24) {
            throw fail(start, "number too long");
        }
        double value = Double.parseDouble(text.substring(start, pos));
        if (!(value > 0)) {
            throw fail(start, "amount must be positive, got " + text.substring(start, pos));
        }
        if (value > MAX_AMOUNT) {
            throw fail(start, "amount " + text.substring(start, pos) + " is larger than " + (long) MAX_AMOUNT);
        }
        return value;
    }

    /**
     * At a '.', decides between a decimal point and an adduct separator: "CuSO4.5H2O" is copper sulfate
     * pentahydrate, "Fe0.5O" half an iron. The dot separates when it is followed by an integer coefficient and
     * a water, heavy-water or ammonia unit (the adducts written this way), and is a decimal point otherwise.
     */
    private boolean startsHydrateSeparator() {
        if (pos >= text.length() || text.charAt(pos) != '.') {
            return false;
        }
        int i = pos + 1;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return text.startsWith("H2O", i) || text.startsWith("D2O", i) || text.startsWith("NH3", i);
    }

    private boolean separator() {
        char c = text.charAt(pos);
        if (c == '·' || c == '•' || c == '∙' || c == '⋅' || c == '*' || c == '.') {
            pos++;
            if (pos == text.length()) {
                throw fail(pos - 1, "nothing after '" + c + "'");
            }
            return true;
        }
        return false;
    }

    private String unexpected() {
        char c = text.charAt(pos);
        if (c >= 'a' && c <= 'z') {
            return "element symbols start with a capital letter, found '" + c + "'";
        }
        if (isClose(c)) {
            return "'" + c + "' without a matching opening bracket";
        }
        if (c == '-') {
            return "negative amounts and '-' are not allowed";
        }
        int codePoint = text.codePointAt(pos);
        boolean plain = !Character.isISOControl(codePoint) && Character.isDefined(codePoint) && !Character.isSurrogate(c)
                && Character.getType(codePoint) != Character.LINE_SEPARATOR && Character.getType(codePoint) != Character.PARAGRAPH_SEPARATOR;
        return "unexpected character '" + (plain ? new String(Character.toChars(codePoint)) : String.format("U+%04X", codePoint)) + "'";
    }

    private void skipSpace() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private FormulaException fail(int position, String reason) {
        return new FormulaException(text, position, reason);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNumberStart(char c) {
        return isDigit(c) || c == '.';
    }

    private static boolean isClose(char c) {
        return c == ')' || c == ']' || c == '}';
    }

    private static char closing(char open) {
        return switch (open) {
            case '(' -> ')';
            case '[' -> ']';
            default -> '}';
        };
    }
}
