package org.matforge.testkit.osgi.probe;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/**
 * The probe's file format, one record a line, fields separated by tabs ({@code \}, tab and line breaks escaped):
 * {@code plugin kind id name description bundle version serviceId}, followed by that plug-in's
 * {@code property key value} lines (array values joined with {@code ,}); {@code problem bundle version component message}.
 */
public final class RegistryText {
    /** First field of a plug-in line. */
    public static final String PLUGIN = "plugin";
    /** First field of a property line. */
    public static final String PROPERTY = "property";
    /** First field of a problem line. */
    public static final String PROBLEM = "problem";

    private RegistryText() {
    }

    /** @return the fields escaped and joined by tabs */
    public static String line(String... fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            String f = fields[i] == null ? "" : fields[i];
            out.append(f.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"));
        }
        return out.toString();
    }

    /** @return the fields of a line written by {@link #line} */
    public static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                field.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** @return a property value as text; arrays joined with {@code ,} */
    static String value(Object value) {
        if (value != null && value.getClass().isArray()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(String.valueOf(Array.get(value, i)));
            }
            return String.join(",", items);
        }
        return String.valueOf(value);
    }
}
