package it.cassetto.delegation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import it.cassetto.delegation.DelegationRefusedException;
import it.cassetto.delegation.IntermediaryDelegation;
import it.cassetto.delegation.IntermediaryDelegationService;
import it.cassetto.delegation.StaffMember;
import it.cassetto.shared.security.DelegationScope;
import it.cassetto.shared.ui.DatePickers;
import it.cassetto.shared.ui.Notices;
import java.time.LocalDate;
import java.util.List;

/** Sub-delegation of an active delegation to a staff member, never wider than the delegation. */
class SubDelegationDialog extends Dialog {

    SubDelegationDialog(IntermediaryDelegationService service, IntermediaryDelegation delegation, Runnable onChange) {
        setHeaderTitle(getTranslation("delegation.sub.dialog") + " · " + ident(delegation));
        setId("sub-delegation-dialog");
        setWidth("min(32rem, 95vw)");
        List<StaffMember> staffMembers = service.myStaff();
        if (staffMembers.isEmpty()) {
            add(new Paragraph(getTranslation("delegation.sub.noStaff")));
            getFooter().add(new Button(getTranslation("delegation.action.close"), e -> close()));
            return;
        }
        Select<StaffMember> staff = new Select<>();
        staff.setId("sub-staff");
        staff.setLabel(getTranslation("delegation.sub.staff"));
        staff.setItems(staffMembers);
        staff.setItemLabelGenerator(s -> s.username() + " (" + s.fiscalCode() + ")");
        staff.setValue(staffMembers.get(0));
        staff.setWidthFull();
        RadioButtonGroup<DelegationScope> scope = new RadioButtonGroup<>(getTranslation("delegation.sub.scope"));
        scope.setId("sub-scope");
        scope.setItems(delegation.scope() == DelegationScope.READ_ONLY ? List.of(DelegationScope.READ_ONLY)
                : List.of(DelegationScope.READ_ONLY, DelegationScope.READ_AND_SEND));
        scope.setItemLabelGenerator(s -> DelegationTexts.scope(this, s));
        scope.setValue(DelegationScope.READ_ONLY);
        DatePicker to = DatePickers.of(getTranslation("delegation.sub.to"), getLocale());
        to.setId("sub-to");
        LocalDate today = LocalDate.now(DelegationTexts.ITALY);
        to.setMin(today);
        if (delegation.validTo() != null) {
            to.setMax(delegation.validTo());
        }
        LocalDate oneYear = today.plusYears(1);
        to.setValue(delegation.validTo() != null && delegation.validTo().isBefore(oneYear) ? delegation.validTo()
                : oneYear);
        Paragraph error = new Paragraph();
        error.getElement().setAttribute("role", "alert");
        Button submit = new Button(getTranslation("delegation.sub.submit"), e -> {
            try {
                service.subDelegate(delegation.id(), staff.getValue().username(), scope.getValue(), to.getValue());
                close();
                Notices.success(getTranslation("delegation.sub.done"));
                onChange.run();
            } catch (DelegationRefusedException refused) {
                error.setText(DelegationTexts.refusal(this, refused));
            }
        });
        submit.setId("sub-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout body = new VerticalLayout(staff, scope, to, error);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(getTranslation("delegation.action.cancel"), e -> close()), submit);
    }

    static String ident(IntermediaryDelegation d) {
        return d.matricola() != null ? d.matricola() : d.holderFiscalCode();
    }
}
