package it.cassetto.app;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Shown, with status 500, when opening a view fails unexpectedly: a plain explanation and a reference
 * the user can quote to the help desk; the full trace goes to the server log under that reference.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorView.class.getName());

    public UnexpectedErrorView() {
        super("unexpected-error");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected error opening " + event.getLocation().getPath() + ", reference " + reference,
                parameter.getException());
        show(getTranslation("error.unexpected.title"), getTranslation("error.unexpected.text", reference));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
