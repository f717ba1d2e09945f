package it.cassetto.delegation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.cdi.annotation.CdiComponent;
import it.cassetto.delegation.DelegationRefusedException;
import it.cassetto.delegation.DelegationState;
import it.cassetto.delegation.IntermediaryDelegation;
import it.cassetto.delegation.IntermediaryDelegationService;
import it.cassetto.delegation.RequestedDelegation;
import it.cassetto.delegation.SubDelegationRow;
import it.cassetto.shared.security.Role;
import it.cassetto.shared.ui.ConfirmationDialog;
import it.cassetto.shared.ui.Notices;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;

/**
 * "Gestione deleghe" for the intermediary: its delegations with their state and actions (activate with the
 * code, print the form, sub-delegate, renew, revoke), a new request, and the sub-delegations to its staff.
 */
@Route("deleghe")
@CdiComponent
@RolesAllowed(Role.Names.INTERMEDIARY)
public class DelegationsView extends VerticalLayout implements HasDynamicTitle {

    private final IntermediaryDelegationService service;
    private final Grid<IntermediaryDelegation> delegations = new Grid<>(IntermediaryDelegation.class, false);
    private final Grid<SubDelegationRow> subDelegations = new Grid<>(SubDelegationRow.class, false);
    private final Paragraph empty = new Paragraph();
    private final Paragraph subEmpty = new Paragraph();

    @Inject
    public DelegationsView(IntermediaryDelegationService service) {
        this.service = service;
        setId("delegations-view");
        add(new H1(getTranslation("delegation.title")), new Paragraph(getTranslation("delegation.intro")));
        Button create = new Button(getTranslation("delegation.new"), VaadinIcon.PLUS.create(),
                e -> new NewDelegationDialog(service, this::refresh).open());
        create.setId("new-delegation");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(create);

        delegations.setId("delegations-grid");
        delegations.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        delegations.setAllRowsVisible(true);
        delegations.addColumn(DelegationsView::ident).setHeader(getTranslation("delegation.column.position"))
                .setAutoWidth(true).setFlexGrow(0);
        delegations.addColumn(IntermediaryDelegation::holderName).setHeader(getTranslation("delegation.column.holder"));
        delegations.addColumn(d -> DelegationTexts.scope(this, d.scope()))
                .setHeader(getTranslation("delegation.column.scope"));
        delegations.addColumn(this::validity).setHeader(getTranslation("delegation.column.validity"));
        delegations.addComponentColumn(d -> DelegationTexts.badge(this, d.state()))
                .setHeader(getTranslation("delegation.column.state")).setAutoWidth(true).setFlexGrow(0);
        delegations.addComponentColumn(this::actions).setHeader(getTranslation("delegation.column.actions"))
                .setFlexGrow(2);
        empty.setId("delegations-empty");
        empty.setText(getTranslation("delegation.empty"));
        add(delegations, empty);

        add(new H2(getTranslation("delegation.sub.title")));
        subDelegations.setId("sub-delegations-grid");
        subDelegations.setAllRowsVisible(true);
        subDelegations.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        subDelegations.addColumn(s -> s.matricola() != null ? s.matricola() : "" + s.positionId())
                .setHeader(getTranslation("delegation.column.position")).setAutoWidth(true).setFlexGrow(0);
        subDelegations.addColumn(SubDelegationRow::holderName).setHeader(getTranslation("delegation.column.holder"));
        subDelegations.addColumn(SubDelegationRow::staffUsername).setHeader(getTranslation("delegation.column.staff"));
        subDelegations.addColumn(s -> DelegationTexts.scope(this, s.scope()))
                .setHeader(getTranslation("delegation.column.scope"));
        subDelegations.addColumn(s -> DelegationTexts.validity(this, s.validFrom(), s.validTo()))
                .setHeader(getTranslation("delegation.column.validity"));
        subDelegations.addComponentColumn(s -> DelegationTexts.badge(this, s.state()))
                .setHeader(getTranslation("delegation.column.state")).setAutoWidth(true).setFlexGrow(0);
        subDelegations.addComponentColumn(this::subActions).setHeader(getTranslation("delegation.column.actions"));
        subEmpty.setText(getTranslation("delegation.sub.empty"));
        add(subDelegations, subEmpty);
        refresh();
    }

    private void refresh() {
        List<IntermediaryDelegation> mine = service.myDelegations();
        delegations.setItems(mine);
        delegations.setVisible(!mine.isEmpty());
        empty.setVisible(mine.isEmpty());
        List<SubDelegationRow> subs = service.mySubDelegations();
        subDelegations.setItems(subs);
        subDelegations.setVisible(!subs.isEmpty());
        subEmpty.setVisible(subs.isEmpty());
    }

    private String validity(IntermediaryDelegation d) {
        String text = DelegationTexts.validity(this, d.validFrom(), d.validTo());
        if (d.renewalOf() != null) {
            text += " (" + getTranslation("delegation.renewal") + ")";
        }
        if (d.state() == DelegationState.REQUESTED) {
            text += " · " + getTranslation("delegation.codeUntil", DelegationTexts.dateTime(d.codeExpiresAt()));
        } else if (!d.renewable() && d.renewableFrom() != null) {
            text += " · " + getTranslation("delegation.renewableFrom", DelegationTexts.date(d.renewableFrom()));
        }
        return text;
    }

    private FlexLayout actions(IntermediaryDelegation d) {
        FlexLayout actions = new FlexLayout();
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        String ident = ident(d);
        if (d.state() == DelegationState.REQUESTED) {
            actions.add(button("activate", d, "delegation.action.activate",
                    () -> new ActivationDialog(service, d.id(), ident, this::refresh).open()));
        }
        if (d.state() == DelegationState.REQUESTED || d.state() == DelegationState.ACTIVE) {
            actions.add(DelegationFormLink.of(service, d.id(), getTranslation("delegation.action.form"), ident));
        }
        if (d.state() == DelegationState.ACTIVE) {
            actions.add(button("sub-delegate", d, "delegation.action.subDelegate",
                    () -> new SubDelegationDialog(service, d, this::refresh).open()));
        }
        if (d.renewable()) {
            actions.add(button("renew", d, "delegation.action.renew", () -> renew(d)));
        }
        if (d.state() == DelegationState.REQUESTED || d.state() == DelegationState.ACTIVE) {
            actions.add(RevokeButton.create(this, "revoke-" + d.id(), getTranslation("delegation.action.revoke") + " "
                    + getTranslation("delegation.action.for", ident), "delegation.revoke.title",
                    getTranslation("delegation.revoke.text", ident), () -> service.revoke(d.id()),
                    "delegation.revoke.done", this::refresh));
        }
        return actions;
    }

    private Button button(String action, IntermediaryDelegation d, String labelKey, Runnable run) {
        Button button = new Button(getTranslation(labelKey), e -> run.run());
        button.setId(action + "-" + d.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", getTranslation(labelKey) + " "
                + getTranslation("delegation.action.for", ident(d)));
        return button;
    }

    private void renew(IntermediaryDelegation d) {
        try {
            RequestedDelegation renewal = service.renew(d.id());
            Notices.success(getTranslation("delegation.renew.done", renewal.delegationId(), renewal.maskedPec()));
        } catch (DelegationRefusedException refused) {
            Notices.error(DelegationTexts.refusal(this, refused));
        }
        refresh();
    }

    private Span subActions(SubDelegationRow s) {
        Span cell = new Span();
        if (s.state() == DelegationState.ACTIVE) {
            cell.add(RevokeButton.create(this, "revoke-sub-" + s.id(), getTranslation("delegation.action.revoke") + " "
                    + s.staffUsername() + " " + getTranslation("delegation.action.for", s.matricola()),
                    "delegation.sub.revoke.title",
                    getTranslation("delegation.sub.revoke.text", s.staffUsername(), s.matricola()),
                    () -> service.revokeSubDelegation(s.id()), "delegation.sub.revoked", this::refresh));
        }
        return cell;
    }

    private static String ident(IntermediaryDelegation d) {
        return SubDelegationDialog.ident(d);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("delegation.title") + " · " + getTranslation("app.title");
    }
}
