package org.matforge.optimizer.lib.space;

import java.util.List;

/** One design variable. A point holds one double per variable: the value, or a categorical option's index. */
public sealed interface Variable {
    /** @return the variable's name */
    String name();

    /** @return how many unit-box inputs the variable takes (one, or one per option) */
    int width();

    /** A real number in [lower, upper]. */
    record Continuous(String name, double lower, double upper) implements Variable {
        /** Checks the bounds. */
        public Continuous {
            checkBounds(name, lower, upper);
        }

        @Override
        public int width() {
            return 1;
        }
    }

    /** A whole number in [lower, upper]. */
    record Integer(String name, long lower, long upper) implements Variable {
        /** Checks the bounds. */
        public Integer {
            checkBounds(name, lower, upper);
        }

        @Override
        public int width() {
            return 1;
        }
    }

    /** One of named options, one-hot encoded. */
    record Categorical(String name, List<String> options) implements Variable {
        /** Checks and copies the options. */
        public Categorical {
            options = List.copyOf(options);
            if (options.size() < 2 || options.stream().distinct().count() != options.size()) {
                throw new IllegalArgumentException("variable '" + name + "': a categorical needs two or more distinct options");
            }
        }

        @Override
        public int width() {
            return options.size();
        }
    }

    private static void checkBounds(String name, double lower, double upper) {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(lower < upper)) {
            throw new IllegalArgumentException("variable '" + name + "': bounds must be finite with lower < upper, were " + lower + ", " + upper);
        }
    }
}
