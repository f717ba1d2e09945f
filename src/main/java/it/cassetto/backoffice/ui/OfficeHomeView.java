package it.cassetto.backoffice.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.cassetto.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The back office's home, for the institute's officers and supervisors only. The office queue of
 * requests arrives with the two-way communication feature; until then it shows its empty state.
 */
@Route("ufficio")
@CdiComponent
@RolesAllowed({Role.Names.OPERATOR, Role.Names.SUPERVISOR})
public class OfficeHomeView extends VerticalLayout implements HasDynamicTitle {

    public OfficeHomeView() {
        setId("office-home-view");
        H1 title = new H1(getTranslation("office.title"));
        Paragraph empty = new Paragraph(getTranslation("office.empty"));
        empty.setId("office-empty");
        empty.addClassName("empty-state");
        add(title, empty);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("office.title") + " · " + getTranslation("app.title");
    }
}
