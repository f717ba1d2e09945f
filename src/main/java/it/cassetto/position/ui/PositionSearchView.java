package it.cassetto.position.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.cassetto.position.PositionListItem;
import it.cassetto.position.PositionSearchCriteria;
import it.cassetto.position.PositionSearchService;
import it.cassetto.position.PositionStatus;
import it.cassetto.shared.query.PageRequest;
import it.cassetto.shared.query.SortDirection;
import it.cassetto.shared.ui.GridLinks;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

/**
 * "Ricerca": the positions the caller may reach, searched by codice fiscale, matricola or name and
 * paged lazily from the server. Choosing one opens it in this browser tab.
 */
@Route("posizioni")
@CdiComponent
@PermitAll
public class PositionSearchView extends VerticalLayout implements HasDynamicTitle {

    private final PositionSearchService search;
    private final TextField query = new TextField();
    private final Select<PositionStatus> status = new Select<>();
    private final Grid<PositionListItem> grid = new Grid<>(PositionListItem.class, false);
    private final Paragraph resultCount = new Paragraph();

    @Inject
    public PositionSearchView(PositionSearchService search) {
        this.search = search;
        setId("position-search-view");
        H1 title = new H1(getTranslation("positions.search.title"));

        query.setId("position-search-query");
        query.setLabel(getTranslation("positions.search.query"));
        query.setHelperText(getTranslation("positions.search.query.help"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setMaxLength(100);
        query.setClearButtonVisible(true);
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.setWidth("28em");
        query.addValueChangeListener(e -> refresh());

        status.setId("position-search-status");
        status.setLabel(getTranslation("positions.search.status"));
        status.setItems(PositionStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("positions.search.status.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("positions.search.status.any")
                : getTranslation(s.labelKey()));
        status.addValueChangeListener(e -> refresh());

        Button searchButton = new Button(getTranslation("positions.search.button"), e -> refresh());
        searchButton.setId("position-search-button");
        searchButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        searchButton.addClickShortcut(Key.ENTER);

        HorizontalLayout filters = new HorizontalLayout(query, status, searchButton);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        configureGrid();
        resultCount.setId("position-search-count");
        resultCount.getElement().setAttribute("aria-live", "polite");
        add(title, filters, resultCount, grid);
        setSizeFull();
        refresh();
    }

    private void configureGrid() {
        grid.setId("position-search-results");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        GridLinks.addLinkColumn(grid, PositionListItem::displayIdentifier, p -> "posizioni/" + p.id())
                .setHeader(getTranslation("positions.column.identifier")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PositionListItem::holderName).setHeader(getTranslation("positions.column.holder"))
                .setSortable(true).setKey(PositionSearchService.SORT_BY_NAME).setFlexGrow(2);
        grid.addColumn(PositionListItem::holderFiscalCode).setHeader(getTranslation("positions.column.fiscalCode"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.kind().labelKey())).setHeader(getTranslation("positions.column.kind"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.status().labelKey())).setHeader(getTranslation("positions.column.status"))
                .setAutoWidth(true);
        grid.addColumn(PositionListItem::officeName).setHeader(getTranslation("positions.column.office"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("positions.search.empty"));
        grid.getElement().setAttribute("aria-label", getTranslation("positions.search.title"));
        grid.setHeight("32em");
    }

    private void refresh() {
        PositionSearchCriteria text = PositionSearchCriteria.fromText(query.getValue());
        PositionSearchCriteria criteria = new PositionSearchCriteria(text.fiscalCode(), text.matricola(), text.name(),
                null, status.getValue());
        grid.setItems(q -> {
            SortDirection direction = q.getSortOrders().isEmpty() ? SortDirection.ASCENDING
                    : SortDirection.valueOf(q.getSortOrders().get(0).getDirection().name());
            var page = search.search(criteria, new PageRequest(q.getPage(), q.getPageSize(),
                    PositionSearchService.SORT_BY_NAME, direction));
            if (q.getPage() == 0) {
                showCount(page.total(), page.totalCapped());
            }
            return page.items().stream();
        });
    }

    private void showCount(long total, boolean capped) {
        resultCount.setText(capped ? getTranslation("positions.search.countCapped", total)
                : getTranslation("positions.search.count", total));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("positions.search.title") + " · " + getTranslation("app.title");
    }
}
