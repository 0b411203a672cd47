package org.matforge.api.plugin;

/**
 * No plug-in (or platform service) satisfying a request could be obtained within the wait: none is registered,
 * or the registered one does not activate.
 *
 * @since 1.3
 */
public class PluginUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean registered;

    /**
     * @param message    what was asked for and why it is unavailable
     * @param registered whether a matching service is registered (but could not be obtained)
     */
    public PluginUnavailableException(String message, boolean registered) {
        super(message);
        this.registered = registered;
    }

    /** @return whether a matching service is registered but could not be obtained (its component does not activate) */
    public boolean registered() {
        return registered;
    }
}
