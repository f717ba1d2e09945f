package it.cassetto.app;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Wires, once per Vaadin service: navigation access control (a view without {@code @PermitAll} or
 * {@code @RolesAllowed} is denied, see docs/decisions/DD001), the central error handler, and the
 * user's language for each new UI.
 */
@ApplicationScoped
public class UiSetup {

    @Inject
    CentralErrorHandler errorHandler;

    @Inject
    UserLanguage userLanguage;

    void onServiceInit(@Observes ServiceInitEvent event) {
        NavigationAccessControl accessControl = new NavigationAccessControl();
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(errorHandler));
        event.getSource().addUIInitListener(init -> {
            init.getUI().addBeforeEnterListener(accessControl);
            userLanguage.apply(init.getUI());
        });
    }
}
