package org.matforge.chemistry.internal.osgi;

import org.matforge.chemistry.internal.elements.ElementTable;
import org.osgi.service.component.annotations.Component;

/** Loads the element table once for the components of this bundle (a bundle-private service). */
@Component(service = ElementDataComponent.class)
public final class ElementDataComponent {
    private final ElementTable table = ElementTable.load();

    /** @return the element table */
    public ElementTable table() {
        return table;
    }
}
