package it.cassetto.request.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.cassetto.request.RequestService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

/** "Lista richieste" of every position the caller may read, searchable by Matricola and the other filters. */
@Route("richieste")
@CdiComponent
@PermitAll
class RequestListView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    RequestListView(RequestService requests) {
        setId("request-list-view");
        add(new H1(getTranslation("request.list.title")),
                new RequestListPanel("request-list", null, requests.subjectClasses(), false, requests::list,
                        item -> "richieste/" + item.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.list.title") + " · " + getTranslation("app.title");
    }
}
