package it.cassetto.backoffice.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.cassetto.request.OfficeFigures;
import it.cassetto.request.OfficeRequestService;
import it.cassetto.request.RequestService;
import it.cassetto.request.ui.RequestListPanel;
import it.cassetto.shared.security.CurrentUser;
import it.cassetto.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/**
 * The back office's home: for operators, the queue of the requests routed to their office (overdue
 * first, with age in working days and filters); for operators and supervisors, the figures of open,
 * overdue and closed requests per office and subject class.
 */
@Route("ufficio")
@CdiComponent
@RolesAllowed({Role.Names.OPERATOR, Role.Names.SUPERVISOR})
public class OfficeHomeView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public OfficeHomeView(OfficeRequestService office, RequestService requests, CurrentUser currentUser) {
        setId("office-home-view");
        add(new H1(getTranslation("office.title")));
        if (currentUser.require().hasRole(Role.OPERATOR)) {
            add(new H2(getTranslation("backoffice.queue.title")),
                    new RequestListPanel("office-queue", null, requests.subjectClasses(), true, office::queue,
                            item -> "ufficio/richieste/" + item.id()));
        }
        Grid<OfficeFigures> figures = new Grid<>(OfficeFigures.class, false);
        figures.setId("office-figures");
        figures.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        figures.addColumn(OfficeFigures::officeName).setHeader(getTranslation("backoffice.figures.office"))
                .setAutoWidth(true);
        figures.addColumn(OfficeFigures::subjectClass).setHeader(getTranslation("request.class")).setFlexGrow(2);
        figures.addColumn(OfficeFigures::open).setHeader(getTranslation("backoffice.figures.open")).setAutoWidth(true);
        figures.addColumn(OfficeFigures::overdue).setHeader(getTranslation("backoffice.figures.overdue"))
                .setAutoWidth(true);
        figures.addColumn(OfficeFigures::closed).setHeader(getTranslation("backoffice.figures.closed"))
                .setAutoWidth(true);
        figures.setItems(office.figures());
        figures.setEmptyStateText(getTranslation("office.empty"));
        figures.setAllRowsVisible(true);
        figures.getElement().setAttribute("aria-label", getTranslation("backoffice.figures.title"));
        add(new H2(getTranslation("backoffice.figures.title")), figures);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("office.title") + " · " + getTranslation("app.title");
    }
}
