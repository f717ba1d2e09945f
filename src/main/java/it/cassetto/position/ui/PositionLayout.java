package it.cassetto.position.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import it.cassetto.app.MainLayout;
import it.cassetto.position.PositionListItem;
import it.cassetto.position.PositionService;
import it.cassetto.position.Section;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

/**
 * The frame of a position's pages: a banner saying which position the caller is acting on, and the
 * left menu of its sections. The position comes from the URL and is checked by the service (the
 * access guard) before anything is shown; a refusal ends on the access-denied page.
 */
@ParentLayout(MainLayout.class)
@CdiComponent
@PermitAll
public class PositionLayout extends HorizontalLayout implements RouterLayout, BeforeEnterObserver {

    private final PositionService positions;
    private final Span identifier = new Span();
    private final Span holder = new Span();
    private final Span status = new Span();
    private final SideNav sections = new SideNav();
    private final Div content = new Div();
    private long shownPosition;

    @Inject
    public PositionLayout(PositionService positions) {
        this.positions = positions;
        setId("position-layout");
        setWidthFull();
        setAlignItems(Alignment.START);

        sections.setId("position-sections");
        Nav menu = new Nav(sections);
        menu.addClassName("position-menu");
        menu.getElement().setAttribute("aria-label", getTranslation("position.menu"));

        identifier.setId("current-position");
        identifier.addClassName("position-identifier");
        holder.setId("current-position-holder");
        holder.addClassName("position-holder");
        status.addClassName("position-status");
        Div banner = new Div(new Span(getTranslation("position.actingOn")), identifier, holder, status);
        banner.addClassName("position-banner");
        banner.getElement().setAttribute("role", "region");
        banner.getElement().setAttribute("aria-label", getTranslation("position.actingOn"));

        content.addClassName("position-content");
        Div right = new Div(banner, content);
        right.addClassName("position-main");
        add(menu, right);
        setFlexGrow(1, right);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long positionId = PositionRoutes.positionId(event);
        PositionListItem position = positions.header(positionId);
        if (shownPosition != positionId) {
            shownPosition = positionId;
            identifier.setText(position.displayIdentifier());
            holder.setText(position.holderName());
            status.setText(getTranslation(position.status().labelKey()));
            fillMenu(positionId);
        }
    }

    private void fillMenu(long positionId) {
        sections.removeAll();
        RouteConfiguration routes = RouteConfiguration.forSessionScope();
        for (Section section : Section.values()) {
            String path = switch (section) {
                case SUMMARY -> routes.getUrl(PositionSummaryView.class, PositionRoutes.parameters(positionId));
                case MASTER_DATA -> routes.getUrl(MasterDataView.class, PositionRoutes.parameters(positionId));
                default -> routes.getUrl(SectionView.class, PositionRoutes.sectionParameters(positionId, section));
            };
            SideNavItem item = new SideNavItem(getTranslation(section.labelKey()), path);
            item.setId("section-link-" + section.code());
            sections.addItem(item);
        }
        // The request feature's pages, by path: the position feature does not depend on it.
        SideNavItem requests = new SideNavItem(getTranslation("request.list.title"),
                "posizioni/" + positionId + "/richieste");
        requests.setId("section-link-requests");
        sections.addItem(requests);
        SideNavItem messages = new SideNavItem(getTranslation("request.messages.title"),
                "posizioni/" + positionId + "/comunicazioni");
        messages.setId("section-link-messages");
        sections.addItem(messages);
        // The dossier feature's page, by path: the position feature does not depend on it.
        SideNavItem dossier = new SideNavItem(getTranslation("position.printDossier"),
                "posizioni/" + positionId + "/fascicolo");
        dossier.setId("section-link-dossier");
        sections.addItem(dossier);
    }

    @Override
    public void showRouterLayoutContent(HasElement child) {
        content.removeAll();
        if (child != null) {
            content.getElement().appendChild(child.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.removeAll();
    }
}
