package org.matforge.api.data;

/** The kind of value a plug-in parameter takes, with the forms {@link Parameters}' getters accept. */
public enum ParameterType {
    /** A whole number (a JSON number or a numeric text). */
    INTEGER("whole number"),
    /** A finite number (a JSON number or a numeric text). */
    NUMBER("number"),
    /** true or false (also the texts true/false/yes/no/1/0). */
    BOOLEAN("true or false"),
    /** A non-empty text. */
    TEXT("text"),
    /** One text of a fixed list of choices, compared without regard to case. */
    CHOICE("one of"),
    /** A non-empty list of whole numbers (also a single number or a comma-separated text). */
    INTEGER_LIST("list of whole numbers"),
    /** A non-empty list of finite numbers (also a single number or a comma-separated text). */
    NUMBER_LIST("list of numbers"),
    /** A non-empty list of texts (also a single text). */
    TEXT_LIST("list of texts");

    private final String label;

    ParameterType(String label) {
        this.label = label;
    }

    /** @return e.g. {@code whole number}, for messages and documentation */
    public String label() {
        return label;
    }
}
