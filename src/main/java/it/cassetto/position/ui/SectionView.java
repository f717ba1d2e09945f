package it.cassetto.position.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import it.cassetto.position.PositionSectionService;
import it.cassetto.position.Section;
import it.cassetto.position.SectionFilter;
import it.cassetto.position.SectionRow;
import it.cassetto.shared.query.Page;
import it.cassetto.shared.query.PageRequest;
import it.cassetto.shared.query.SortDirection;
import it.cassetto.shared.ui.GridLinks;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.List;

/**
 * One list section of a position (payments, adjustment notes, amortisation plans, declarations, debit
 * notes, ECA): filters, a lazily paged and sortable grid, the detail of a row, and the CSV export of
 * exactly the filtered, sorted rows.
 */
@Route(value = "posizioni/:positionId([0-9]+)/sezioni/:section", layout = PositionLayout.class)
@CdiComponent
@PermitAll
public class SectionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PositionSectionService sections;
    private long positionId;
    private Section section;
    private SectionFilter filter = SectionFilter.NONE;
    private Grid<SectionRow> grid;
    private final Paragraph count = new Paragraph();
    private final Anchor export = new Anchor();

    @Inject
    public SectionView(PositionSectionService sections) {
        this.sections = sections;
        setId("section-view");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        positionId = PositionRoutes.positionId(event);
        section = PositionRoutes.section(event);
        // The first page is read here, so a position the caller may not see is refused before anything shows.
        Page<SectionRow> first = sections.list(positionId, section, filter, new PageRequest(0, 50, null,
                SortDirection.DESCENDING));
        build();
        showCount(first);
    }

    private void build() {
        removeAll();
        filter = SectionFilter.NONE;
        H1 title = new H1(getTranslation(section.labelKey()));
        SectionFilterBar filters = new SectionFilterBar(sections.statuses(section));
        filters.addFilterChangedListener(e -> {
            filter = e.filter();
            refresh();
        });

        grid = SectionGrids.create(sections.columns(section), true);
        grid.setId("section-grid");
        grid.setMultiSort(false);
        grid.setEmptyStateText(getTranslation("section.empty"));
        grid.getElement().setAttribute("aria-label", getTranslation(section.labelKey()));
        GridLinks.addButtonColumn(grid, getTranslation("section.detail.open"), row -> sections.detail(positionId,
                section, row.id()).ifPresent(detail -> new SectionDetailDialog(detail).open()))
                .setHeader(getTranslation("section.detail.column")).setAutoWidth(true).setFlexGrow(0);
        grid.setHeight("30em");

        count.setId("section-count");
        count.getElement().setAttribute("aria-live", "polite");
        export.setId("section-export");
        export.setText(getTranslation("section.export"));
        export.add(VaadinIcon.DOWNLOAD.create());
        HorizontalLayout toolbar = new HorizontalLayout(count, export);
        toolbar.setAlignItems(Alignment.BASELINE);

        add(title, filters, toolbar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(query -> {
            List<QuerySortOrder> orders = query.getSortOrders();
            String sortKey = orders.isEmpty() ? null : orders.get(0).getSorted();
            SortDirection direction = orders.isEmpty() ? SortDirection.DESCENDING
                    : SortDirection.valueOf(orders.get(0).getDirection().name());
            Page<SectionRow> page = sections.list(positionId, section, filter,
                    new PageRequest(query.getPage(), query.getPageSize(), sortKey, direction));
            if (query.getPage() == 0) {
                showCount(page);
                updateExport(sortKey, direction);
            }
            return page.items().stream();
        });
        updateExport(null, SortDirection.DESCENDING);
    }

    private void updateExport(String sortKey, SortDirection direction) {
        SectionFilter exported = filter;
        long position = positionId;
        Section exportedSection = section;
        java.util.Locale locale = getLocale();
        String fileName = section.code() + "-" + position + ".csv";
        export.setHref((DownloadHandler) event -> {
            event.setFileName(fileName);
            event.setContentType("text/csv;charset=UTF-8");
            sections.exportCsv(position, exportedSection, exported, sortKey, direction, locale, event.getOutputStream());
        }, AttachmentType.DOWNLOAD);
    }

    private void showCount(Page<SectionRow> page) {
        count.setText(page.totalCapped() ? getTranslation("section.countCapped", page.total())
                : getTranslation("section.count", page.total()));
    }

    @Override
    public String getPageTitle() {
        return (section == null ? "" : getTranslation(section.labelKey()) + " · ") + getTranslation("app.title");
    }
}
