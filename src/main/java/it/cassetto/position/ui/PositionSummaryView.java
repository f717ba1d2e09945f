package it.cassetto.position.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.cassetto.position.PositionService;
import it.cassetto.position.PositionSummary;
import it.cassetto.position.SectionRow;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

/**
 * A position at a glance: status and office, the balance of open debit notes and ECA notes, the
 * latest payments and the declarations with errors.
 */
@Route(value = "posizioni/:positionId([0-9]+)", layout = PositionLayout.class)
@CdiComponent
@PermitAll
public class PositionSummaryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PositionService positions;

    @Inject
    public PositionSummaryView(PositionService positions) {
        this.positions = positions;
        setId("position-summary-view");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PositionSummary summary = positions.summary(PositionRoutes.positionId(event));
        removeAll();
        add(new H1(getTranslation("section.summary")));

        Div figures = new Div(
                figure("summary-status", "position.summary.status", getTranslation(summary.position().status().labelKey())
                        + (summary.statusSince() == null ? "" : " · " + getTranslation("position.summary.since",
                        SectionFormats.date(summary.statusSince())))),
                figure("summary-office", "position.summary.office", summary.position().officeName()),
                figure("summary-kind", "position.summary.kind", getTranslation(summary.position().kind().labelKey())),
                figure("summary-debit", "position.summary.openDebit", SectionFormats.amount(summary.openDebitBalance())
                        + " · " + getTranslation("position.summary.openNotes", summary.openDebitNotes())),
                figure("summary-eca", "position.summary.openEca", SectionFormats.amount(summary.openEcaBalance())));
        figures.addClassName("summary-figures");
        add(figures);

        add(new H2(getTranslation("position.summary.latestPayments")));
        add(table("summary-payments", SectionGrids.create(summary.paymentColumns(), false), summary.latestPayments(),
                "position.summary.noPayments"));
        add(new H2(getTranslation("position.summary.declarationsWithErrors")));
        add(table("summary-declarations", SectionGrids.create(summary.declarationColumns(), false),
                summary.declarationsWithErrors(), "position.summary.noDeclarationErrors"));
    }

    private Component figure(String id, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("figure-label");
        Span text = new Span(value);
        text.addClassName("figure-value");
        Div figure = new Div(label, text);
        figure.setId(id);
        figure.addClassName("summary-figure");
        return figure;
    }

    private static Grid<SectionRow> table(String id, Grid<SectionRow> grid, java.util.List<SectionRow> rows,
            String emptyKey) {
        grid.setId(id);
        grid.setItems(rows);
        grid.setEmptyStateText(grid.getTranslation(emptyKey));
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("section.summary") + " · " + getTranslation("app.title");
    }
}
