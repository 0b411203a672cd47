package org.matforge.server.internal.osgi;

import org.matforge.api.workflow.ProgressEvent;
import org.matforge.api.workflow.RunListener;
import org.matforge.server.internal.api.RunEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Records every run's progress for the API's event streams (a {@link RunListener} on the whiteboard). A component of
 * its own, not configured by {@code org.matforge.server}, so the event numbers survive a reconfiguration of the API.
 */
@Component(service = {RunListener.class, RunEventsComponent.class}, enabled = false)
public final class RunEventsComponent implements RunListener {
    private final RunEvents events = new RunEvents(1000, 2000);

    /** Exists in serve mode only. */
    @Activate
    public RunEventsComponent(@Reference ServeMode serving) {
    }

    @Override
    public void progress(ProgressEvent event) {
        events.progress(event);
    }

    RunEvents events() {
        return events;
    }
}
