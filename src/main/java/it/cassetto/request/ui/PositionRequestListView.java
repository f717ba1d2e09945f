package it.cassetto.request.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import it.cassetto.position.ui.PositionLayout;
import it.cassetto.request.RequestService;
import it.cassetto.shared.security.CurrentUser;
import it.cassetto.shared.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

/** "Lista richieste" of one position, in its menu, with the way to a new request. */
@Route(value = "posizioni/:positionId([0-9]+)/richieste", layout = PositionLayout.class)
@CdiComponent
@PermitAll
class PositionRequestListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RequestService requests;
    private final CurrentUser currentUser;

    @Inject
    PositionRequestListView(RequestService requests, CurrentUser currentUser) {
        this.requests = requests;
        this.currentUser = currentUser;
        setId("position-request-list-view");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long positionId = event.getRouteParameters().getLong("positionId")
                .orElseThrow(() -> new NotFoundException("No position"));
        removeAll();
        add(new H1(getTranslation("request.list.title")));
        var caller = currentUser.require();
        if (!caller.hasRole(Role.OPERATOR) && !caller.hasRole(Role.SUPERVISOR)) {
            Button create = new Button(getTranslation("request.new.title"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("posizioni/" + positionId + "/richieste/nuova")));
            create.setId("new-request");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        add(new RequestListPanel("request-list", positionId, requests.subjectClasses(), false, requests::list,
                item -> "richieste/" + item.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.list.title") + " · " + getTranslation("app.title");
    }
}
