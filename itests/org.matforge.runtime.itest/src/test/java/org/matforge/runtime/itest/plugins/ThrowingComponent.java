package org.matforge.runtime.itest.plugins;

/** A Declarative Services component (declared in XML by the test) whose constructor throws. */
public class ThrowingComponent {

    /** Always fails. */
    public ThrowingComponent() {
        throw new IllegalStateException("throwing component: no calibration table (deliberate test failure)");
    }
}
