package org.matforge.shell.internal.osgi;

import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;

/**
 * Takes the place of Gogo's telnet server command {@code gogo:telnetd}: registered with the highest service ranking,
 * so Gogo calls this one, from the launcher, the interactive shell and scripts alike, and the remote shell never
 * starts. A telnet shell would let anyone who can reach its port run any command as the user.
 */
@Component(service = RemoteShellDisabledComponent.class, property = {
        "osgi.command.scope=gogo",
        "osgi.command.function=telnetd",
        Constants.SERVICE_RANKING + ":Integer=" + Integer.MAX_VALUE
})
public class RemoteShellDisabledComponent {

    /** Refuses. */
    @Descriptor("disabled in MatForge: Gogo's telnet remote shell")
    public void telnetd(String... args) {
        throw new UnsupportedOperationException("Gogo's remote shell (telnetd) is disabled in MatForge: "
                + "anyone who could reach its port could run any command as you");
    }
}
