package it.cassetto.app;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import it.cassetto.shared.security.AccessDeniedException;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Logger;

/**
 * Shown, with status 403 and no data, when a service refuses the caller while a view is being opened
 * (for example a deep link to a position the caller may not see).
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class ServiceAccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    private static final Logger LOG = Logger.getLogger(ServiceAccessDeniedView.class.getName());

    public ServiceAccessDeniedView() {
        super("access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        LOG.info(() -> "Access denied on " + event.getLocation().getPath() + ": " + parameter.getException().getMessage());
        show(getTranslation("error.accessDenied.title"), getTranslation("error.accessDenied.text"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
