package it.cassetto.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A block another feature adds to a request's page without the requests feature knowing it (the
 * appointments add "Prenota appuntamento" and the request's appointments): CDI beans implementing this are
 * asked for their component each time the page is drawn, on the user's detail page or the office's view.
 */
public interface RequestPageExtension {

    /** The block for the request, or empty; {@code officeSide} on the office's view of the request. */
    Optional<Component> forRequest(long requestId, boolean officeSide);
}
