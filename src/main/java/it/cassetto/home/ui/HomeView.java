package it.cassetto.home.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.cassetto.shared.security.CallerIdentity;
import it.cassetto.shared.security.CurrentUser;
import it.cassetto.shared.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

/**
 * The landing page after login: a greeting and, for each of the caller's roles, what the portal
 * offers that role. Features add their entry points here as they arrive.
 */
@Route("")
@CdiComponent
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public HomeView(CurrentUser currentUser) {
        setId("home-view");
        CallerIdentity caller = currentUser.require();
        H1 greeting = new H1(getTranslation("home.greeting", caller.displayName()));
        greeting.setId("home-greeting");
        add(greeting);
        for (Role role : caller.roles().stream().sorted().toList()) {
            Div card = new Div();
            card.addClassName("role-card");
            card.setId("home-role-" + role.roleName());
            H2 heading = new H2(getTranslation(role.labelKey()));
            card.add(heading, new Paragraph(getTranslation("home.role." + role.roleName())));
            Paragraph empty = new Paragraph(getTranslation("home.empty"));
            empty.addClassName("empty-state");
            card.add(empty);
            add(card);
        }
        if (caller.roles().isEmpty()) {
            Paragraph noRole = new Paragraph(getTranslation("home.noRole"));
            noRole.setId("home-no-role");
            add(noRole);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · " + getTranslation("app.title");
    }
}
