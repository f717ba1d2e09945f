package it.cassetto.app;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown, with status 403 and no data, when the caller's role may not open the requested view. */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        super("access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(getTranslation("error.accessDenied.title"), getTranslation("error.accessDenied.text"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
