package it.cassetto.request.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider.FetchCallback;
import com.vaadin.flow.function.SerializableFunction;
import it.cassetto.request.RequestFilter;
import it.cassetto.request.RequestListItem;
import it.cassetto.request.RequestStatus;
import it.cassetto.shared.query.Page;
import it.cassetto.shared.query.PageRequest;
import it.cassetto.shared.query.SortDirection;
import it.cassetto.shared.ui.GridLinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A list of requests with its filters (Matricola, subject class, status, opening and last-update date
 * ranges), paged lazily from a service: "Lista richieste" for users and the office queue share it.
 */
public class RequestListPanel extends Composite<VerticalLayout> {

    private final BiFunction<RequestFilter, PageRequest, Page<RequestListItem>> source;
    private final Long positionId;
    private final TextField matricola = new TextField();
    private final Select<String> subjectClass = new Select<>();
    private final Select<RequestStatus> status = new Select<>();
    private final Select<Boolean> overdue = new Select<>();
    private final DatePicker openedFrom = new DatePicker();
    private final DatePicker openedTo = new DatePicker();
    private final DatePicker updatedFrom = new DatePicker();
    private final DatePicker updatedTo = new DatePicker();
    private final Grid<RequestListItem> grid = new Grid<>(RequestListItem.class, false);
    private final Paragraph count = new Paragraph();

    /**
     * @param idPrefix   prefix of the components' ids ("request-list", "office-queue")
     * @param positionId the one position listed, or null for every reachable position (Matricola filter shown)
     * @param classes    subject classes (code to label) for the filter
     * @param office     true for the office queue: the age and the overdue filter are shown
     * @param address    the portal path of a request's page ({@code richieste/42}), linked from its protocol
     */
    public RequestListPanel(String idPrefix, Long positionId, Map<String, String> classes, boolean office,
                            BiFunction<RequestFilter, PageRequest, Page<RequestListItem>> source,
                            SerializableFunction<RequestListItem, String> address) {
        this.source = source;
        this.positionId = positionId;
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setId(idPrefix);

        matricola.setId(idPrefix + "-matricola");
        matricola.setLabel(getTranslation("request.filter.matricola"));
        matricola.setMaxLength(32);
        matricola.setClearButtonVisible(true);
        subjectClass.setId(idPrefix + "-class");
        subjectClass.setLabel(getTranslation("request.class"));
        subjectClass.setItems(new ArrayList<>(classes.keySet()));
        subjectClass.setEmptySelectionAllowed(true);
        subjectClass.setEmptySelectionCaption(getTranslation("request.filter.any"));
        subjectClass.setItemLabelGenerator(c -> c == null ? getTranslation("request.filter.any") : classes.get(c));
        status.setId(idPrefix + "-status");
        status.setLabel(getTranslation("request.status"));
        status.setItems(RequestStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation(office ? "request.filter.openOnes" : "request.filter.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation(office ? "request.filter.openOnes"
                : "request.filter.any") : getTranslation(s.labelKey()));
        overdue.setId(idPrefix + "-overdue");
        overdue.setLabel(getTranslation("request.overdue"));
        overdue.setItems(Boolean.FALSE, Boolean.TRUE);
        overdue.setValue(Boolean.FALSE);
        overdue.setItemLabelGenerator(b -> getTranslation(Boolean.TRUE.equals(b) ? "request.filter.onlyOverdue"
                : "request.filter.any"));
        overdue.setVisible(office);
        openedFrom.setId(idPrefix + "-opened-from");
        openedFrom.setLabel(getTranslation("request.filter.openedFrom"));
        openedTo.setId(idPrefix + "-opened-to");
        openedTo.setLabel(getTranslation("request.filter.openedTo"));
        updatedFrom.setId(idPrefix + "-updated-from");
        updatedFrom.setLabel(getTranslation("request.filter.updatedFrom"));
        updatedTo.setId(idPrefix + "-updated-to");
        updatedTo.setLabel(getTranslation("request.filter.updatedTo"));
        for (DatePicker picker : List.of(openedFrom, openedTo, updatedFrom, updatedTo)) {
            picker.setLocale(java.util.Locale.ITALY);
            picker.setWidth("10em");
        }
        Button search = new Button(getTranslation("request.filter.search"), e -> refresh());
        search.setId(idPrefix + "-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(Key.ENTER);
        HorizontalLayout filters = new HorizontalLayout();
        if (positionId == null) {
            filters.add(matricola);
        }
        filters.add(subjectClass, status, overdue, openedFrom, openedTo, updatedFrom, updatedTo, search);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId(idPrefix + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        GridLinks.addLinkColumn(grid, RequestListItem::protocol, address).setHeader(getTranslation("request.protocol"))
                .setAutoWidth(true).setFlexGrow(0);
        if (positionId == null) {
            grid.addColumn(RequestListItem::positionIdentifier).setHeader(getTranslation("request.position"))
                    .setAutoWidth(true);
            grid.addColumn(RequestListItem::holderName).setHeader(getTranslation("request.holder"));
        }
        grid.addColumn(RequestListItem::subjectLabel).setHeader(getTranslation("request.subject")).setFlexGrow(2);
        grid.addColumn(i -> RequestMessages.status(this, i)).setHeader(getTranslation("request.status"))
                .setAutoWidth(true);
        grid.addColumn(i -> RequestMessages.dateTime(i.openedAt())).setHeader(getTranslation("request.openedAt"))
                .setAutoWidth(true);
        grid.addColumn(i -> RequestMessages.dateTime(i.updatedAt())).setHeader(getTranslation("request.updatedAt"))
                .setAutoWidth(true);
        grid.addColumn(i -> RequestMessages.due(this, i)).setHeader(getTranslation("request.dueOn")).setAutoWidth(true);
        if (office) {
            grid.addColumn(i -> i.status() == RequestStatus.CLOSED ? "" : Integer.toString(i.ageWorkingDays()))
                    .setHeader(getTranslation("request.age")).setAutoWidth(true);
            grid.addColumn(i -> i.reminded() ? getTranslation("request.reminded") : "")
                    .setHeader(getTranslation("request.reminder")).setAutoWidth(true);
        }
        grid.setPartNameGenerator(i -> i.overdue() ? "overdue" : null);
        grid.setEmptyStateText(getTranslation(office ? "backoffice.queue.empty" : "request.list.empty"));
        grid.getElement().setAttribute("aria-label", getTranslation(office ? "backoffice.queue.title"
                : "request.list.title"));
        grid.setHeight("30em");
        count.setId(idPrefix + "-count");
        count.getElement().setAttribute("aria-live", "polite");
        layout.add(filters, count, grid);
        refresh();
    }

    /** Reads the first page again with the current filters. */
    public void refresh() {
        RequestFilter filter = new RequestFilter(positionId, null, matricola.getValue(), subjectClass.getValue(),
                status.getValue(), Boolean.TRUE.equals(overdue.getValue()), openedFrom.getValue(), openedTo.getValue(),
                updatedFrom.getValue(), updatedTo.getValue());
        FetchCallback<RequestListItem, Void> fetch = q -> {
            Page<RequestListItem> page = source.apply(filter,
                    new PageRequest(q.getPage(), q.getPageSize(), null, SortDirection.DESCENDING));
            if (q.getPage() == 0) {
                count.setText(getTranslation(page.totalCapped() ? "request.list.countCapped" : "request.list.count",
                        page.total()));
            }
            return page.items().stream();
        };
        grid.setItems(fetch);
    }
}
