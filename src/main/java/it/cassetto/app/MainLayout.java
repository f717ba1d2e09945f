package it.cassetto.app;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinRequest;
import it.cassetto.app.security.LogoutServlet;
import it.cassetto.shared.i18n.SupportedLanguage;
import it.cassetto.shared.security.CallerIdentity;
import it.cassetto.shared.security.CurrentUser;
import it.cassetto.shared.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

/**
 * The frame of every page: a skip-to-content link, a header with the user's name and role, the
 * language switch and logout, a side navigation with what the user's roles may open, and the
 * {@code main} landmark the views are shown in.
 */
@Layout
@CdiComponent
@PermitAll
public class MainLayout extends AppLayout {

    private final Main main = new Main();

    @Inject
    public MainLayout(CurrentUser currentUser, UserLanguage userLanguage) {
        CallerIdentity caller = currentUser.require();
        setPrimarySection(Section.NAVBAR);

        Anchor skipLink = new Anchor("#main-content", getTranslation("layout.skipToContent"));
        skipLink.setId("skip-to-content");
        skipLink.addClassName("skip-link");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu.toggle"));

        Span title = new Span(getTranslation("app.title"));
        title.addClassName("app-title");

        Span userName = new Span(caller.displayName());
        userName.setId("current-user-name");
        userName.addClassName("user-name");
        Span userRole = new Span(caller.mainRole().map(r -> getTranslation(r.labelKey())).orElse(""));
        userRole.setId("current-user-role");
        userRole.addClassName("user-role");
        Div user = new Div(userName, userRole);
        user.addClassName("user-box");

        Select<SupportedLanguage> language = new Select<>();
        language.setId("language-switch");
        language.setItems(SupportedLanguage.values());
        language.setItemLabelGenerator(SupportedLanguage::nativeName);
        language.setAriaLabel(getTranslation("layout.language"));
        language.setValue(SupportedLanguage.of(getLocale()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                userLanguage.switchTo(getUI().orElseThrow(), e.getValue());
            }
        });

        Button logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().setLocation(contextPath() + LogoutServlet.PATH)));
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Header header = new Header(skipLink, toggle, title, user, language, logout);
        header.addClassName("app-header");
        addToNavbar(true, header);

        SideNav nav = new SideNav();
        nav.setId("side-nav");
        // Items by path, not by view class: the frame depends on no feature (features depend on it).
        nav.addItem(new SideNavItem(getTranslation("nav.home"), "", VaadinIcon.HOME.create()));
        SideNavItem positions = new SideNavItem(getTranslation("nav.positions"), "posizioni",
                VaadinIcon.SEARCH.create());
        positions.setId("nav-positions");
        nav.addItem(positions);
        SideNavItem requests = new SideNavItem(getTranslation("nav.requests"), "richieste",
                VaadinIcon.ENVELOPES.create());
        requests.setId("nav-requests");
        nav.addItem(requests);
        if (caller.hasRole(Role.EMPLOYER) || caller.hasRole(Role.ENTITY_EMPLOYEE) || caller.hasRole(Role.INTERMEDIARY)
                || caller.hasRole(Role.INTERMEDIARY_STAFF)) {
            SideNavItem appointments = new SideNavItem(getTranslation("nav.appointments"), "appuntamenti",
                    VaadinIcon.CALENDAR_CLOCK.create());
            appointments.setId("nav-appointments");
            nav.addItem(appointments);
        }
        if (caller.hasRole(Role.INTERMEDIARY)) {
            SideNavItem delegations = new SideNavItem(getTranslation("nav.delegations"), "deleghe",
                    VaadinIcon.HANDSHAKE.create());
            delegations.setId("nav-delegations");
            nav.addItem(delegations);
        }
        if (caller.hasRole(Role.EMPLOYER)) {
            SideNavItem delegations = new SideNavItem(getTranslation("nav.employerDelegations"), "deleghe-azienda",
                    VaadinIcon.HANDSHAKE.create());
            delegations.setId("nav-employer-delegations");
            nav.addItem(delegations);
        }
        if (caller.hasRole(Role.OPERATOR) || caller.hasRole(Role.SUPERVISOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.office"), "ufficio", VaadinIcon.OFFICE.create()));
        }
        if (caller.hasRole(Role.OPERATOR)) {
            SideNavItem agenda = new SideNavItem(getTranslation("nav.officeAgenda"), "ufficio/agenda",
                    VaadinIcon.CALENDAR_USER.create());
            agenda.setId("nav-office-agenda");
            nav.addItem(agenda);
        }
        Nav navLandmark = new Nav(nav);
        navLandmark.getElement().setAttribute("aria-label", getTranslation("layout.menu"));
        addToDrawer(navLandmark);

        main.setId("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("main-content");
        setContent(main);
    }

    private static String contextPath() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "" : request.getContextPath();
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.removeAll();
    }
}
