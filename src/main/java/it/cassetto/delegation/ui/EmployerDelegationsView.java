package it.cassetto.delegation.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.cassetto.delegation.DelegationRefusedException;
import it.cassetto.delegation.DelegationState;
import it.cassetto.delegation.EmployeeDelegationRow;
import it.cassetto.delegation.EmployerDelegationRow;
import it.cassetto.delegation.EmployerDelegationService;
import it.cassetto.delegation.RepresentedContributor;
import it.cassetto.shared.security.DelegationScope;
import it.cassetto.shared.security.Role;
import it.cassetto.shared.ui.ConfirmationDialog;
import it.cassetto.shared.ui.DatePickers;
import it.cassetto.shared.ui.Notices;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * "Deleghe sulle mie posizioni" for the employer (legal representative): who holds delegations on its
 * positions and since when, with revocation, and the delegations of its own employees.
 */
@Route("deleghe-azienda")
@CdiComponent
@RolesAllowed(Role.Names.EMPLOYER)
public class EmployerDelegationsView extends VerticalLayout implements HasDynamicTitle {

    private final EmployerDelegationService service;
    private final Grid<EmployerDelegationRow> delegations = new Grid<>(EmployerDelegationRow.class, false);
    private final Grid<EmployeeDelegationRow> employees = new Grid<>(EmployeeDelegationRow.class, false);
    private final Paragraph empty = new Paragraph();
    private final Paragraph employeesEmpty = new Paragraph();

    @Inject
    public EmployerDelegationsView(EmployerDelegationService service) {
        this.service = service;
        setId("employer-delegations-view");
        add(new H1(getTranslation("delegation.employer.title")),
                new Paragraph(getTranslation("delegation.employer.intro")));
        delegations.setId("employer-delegations-grid");
        delegations.setAllRowsVisible(true);
        delegations.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        delegations.addColumn(d -> d.matricola() != null ? d.matricola() : "" + d.positionId())
                .setHeader(getTranslation("delegation.column.position")).setAutoWidth(true).setFlexGrow(0);
        delegations.addColumn(EmployerDelegationRow::holderName).setHeader(getTranslation("delegation.column.holder"));
        delegations.addColumn(EmployerDelegationRow::firmName).setHeader(getTranslation("delegation.column.firm"));
        delegations.addColumn(d -> d.intermediaryUsername() + " (" + d.intermediaryFiscalCode() + ")")
                .setHeader(getTranslation("delegation.column.intermediary"));
        delegations.addColumn(d -> DelegationTexts.scope(this, d.scope()))
                .setHeader(getTranslation("delegation.column.scope"));
        delegations.addColumn(d -> DelegationTexts.validity(this, d.validFrom(), d.validTo()))
                .setHeader(getTranslation("delegation.column.validity"));
        delegations.addColumn(d -> DelegationTexts.dateTime(d.activatedAt()))
                .setHeader(getTranslation("delegation.column.since"));
        delegations.addComponentColumn(d -> DelegationTexts.badge(this, d.state()))
                .setHeader(getTranslation("delegation.column.state")).setAutoWidth(true).setFlexGrow(0);
        delegations.addComponentColumn(this::revokeDelegation).setHeader(getTranslation("delegation.column.actions"));
        empty.setText(getTranslation("delegation.employer.empty"));
        add(delegations, empty);

        add(new H2(getTranslation("delegation.employees.title")));
        employees.setId("employee-delegations-grid");
        employees.setAllRowsVisible(true);
        employees.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        employees.addColumn(EmployeeDelegationRow::contributorName)
                .setHeader(getTranslation("delegation.column.contributor"));
        employees.addColumn(e -> e.employeeUsername() + " (" + e.employeeFiscalCode() + ")")
                .setHeader(getTranslation("delegation.column.employee"));
        employees.addColumn(e -> DelegationTexts.scope(this, e.scope()))
                .setHeader(getTranslation("delegation.column.scope"));
        employees.addColumn(e -> DelegationTexts.validity(this, e.validFrom(), e.validTo()))
                .setHeader(getTranslation("delegation.column.validity"));
        employees.addComponentColumn(e -> DelegationTexts.badge(this, e.state()))
                .setHeader(getTranslation("delegation.column.state")).setAutoWidth(true).setFlexGrow(0);
        employees.addComponentColumn(this::revokeEmployee).setHeader(getTranslation("delegation.column.actions"));
        employeesEmpty.setText(getTranslation("delegation.employees.empty"));
        add(employees, employeesEmpty, employeeForm());
        refresh();
    }

    private void refresh() {
        List<EmployerDelegationRow> rows = service.delegationsOnMyPositions();
        delegations.setItems(rows);
        delegations.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
        List<EmployeeDelegationRow> mine = service.myEmployeeDelegations();
        employees.setItems(mine);
        employees.setVisible(!mine.isEmpty());
        employeesEmpty.setVisible(mine.isEmpty());
    }

    private Span revokeDelegation(EmployerDelegationRow d) {
        Span cell = new Span();
        if (d.state() == DelegationState.ACTIVE || d.state() == DelegationState.REQUESTED) {
            String ident = d.matricola() != null ? d.matricola() : "" + d.positionId();
            cell.add(RevokeButton.create(this, "employer-revoke-" + d.id(), getTranslation("delegation.action.revoke")
                    + " " + d.firmName() + " " + getTranslation("delegation.action.for", ident),
                    "delegation.revoke.title", getTranslation("delegation.employer.revoke.text", d.firmName(), ident),
                    () -> service.revoke(d.id()), "delegation.revoke.done", this::refresh));
        }
        return cell;
    }

    private Span revokeEmployee(EmployeeDelegationRow row) {
        Span cell = new Span();
        if (row.state() == DelegationState.ACTIVE) {
            cell.add(RevokeButton.create(this, "employee-revoke-" + row.id(), getTranslation("delegation.action.revoke")
                    + " " + row.employeeUsername(), "delegation.employees.revoke.title",
                    getTranslation("delegation.employees.revoke.text", row.employeeUsername(), row.contributorName()),
                    () -> service.revokeEmployeeDelegation(row.id()), "delegation.employees.revoked", this::refresh));
        }
        return cell;
    }

    private FormLayout employeeForm() {
        FormLayout form = new FormLayout();
        form.setId("employee-form");
        List<RepresentedContributor> contributors = service.myContributors();
        if (contributors.isEmpty()) {
            form.add(new Paragraph(getTranslation("delegation.employees.none")));
            return form;
        }
        Select<RepresentedContributor> contributor = new Select<>();
        contributor.setLabel(getTranslation("delegation.employees.contributor"));
        contributor.setId("employee-contributor");
        contributor.setItems(contributors);
        contributor.setItemLabelGenerator(c -> c.name() + " (" + c.fiscalCode() + ")");
        contributor.setValue(contributors.get(0));
        TextField username = new TextField(getTranslation("delegation.employees.username"));
        username.setId("employee-username");
        username.setMaxLength(255);
        username.setRequiredIndicatorVisible(true);
        TextField fiscalCode = new TextField(getTranslation("delegation.employees.fiscalCode"));
        fiscalCode.setId("employee-fiscal-code");
        fiscalCode.setMaxLength(16);
        fiscalCode.setRequiredIndicatorVisible(true);
        RadioButtonGroup<DelegationScope> scope = new RadioButtonGroup<>(getTranslation("delegation.form.scope"));
        scope.setId("employee-scope");
        scope.setItems(DelegationScope.READ_ONLY, DelegationScope.READ_AND_SEND);
        scope.setItemLabelGenerator(s -> DelegationTexts.scope(this, s));
        scope.setValue(DelegationScope.READ_ONLY);
        LocalDate today = LocalDate.now(DelegationTexts.ITALY);
        DatePicker from = DatePickers.of(getTranslation("delegation.form.from"), getLocale());
        from.setId("employee-from");
        from.setValue(today);
        DatePicker to = DatePickers.of(getTranslation("delegation.form.to"), getLocale());
        to.setId("employee-to");
        to.setValue(today.plusYears(1));
        Paragraph error = new Paragraph();
        error.getElement().setAttribute("role", "alert");
        Button submit = new Button(getTranslation("delegation.employees.submit"), e -> {
            error.setText("");
            try {
                service.delegateEmployee(contributor.getValue().id(), username.getValue(), fiscalCode.getValue(),
                        scope.getValue(), from.getValue(), to.getValue());
                Notices.success(getTranslation("delegation.employees.done"));
                username.clear();
                fiscalCode.clear();
                refresh();
            } catch (DelegationRefusedException refused) {
                error.setText(DelegationTexts.refusal(this, refused));
            }
        });
        submit.setId("employee-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(contributor, username, fiscalCode, scope, from, to, error, submit);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("delegation.employer.title") + " · " + getTranslation("app.title");
    }
}
