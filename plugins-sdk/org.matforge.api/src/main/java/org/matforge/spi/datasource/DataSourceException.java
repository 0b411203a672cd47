package org.matforge.spi.datasource;

/** Data could not be loaded; the message names what and where (file, line, column) and why. */
public class DataSourceException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what failed, where, and why */
    public DataSourceException(String message) {
        super(message);
    }

    /** @param message what failed, where, and why @param cause the underlying error */
    public DataSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
