package org.matforge.spark;

import java.io.Serializable;

/**
 * One formula to screen.
 *
 * @param position 1-based row number in the input (or draw number of a generated composition)
 * @param text     the formula as given
 * @param origin   where it came from: the input file's name or the generator's id
 */
public record InputRow(long position, String text, String origin) implements Serializable {
    private static final long serialVersionUID = 1L;
}
