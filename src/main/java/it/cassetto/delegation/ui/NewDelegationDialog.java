package it.cassetto.delegation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import it.cassetto.delegation.DelegationCandidate;
import it.cassetto.delegation.DelegationRefusedException;
import it.cassetto.delegation.IntermediaryDelegationService;
import it.cassetto.delegation.NewDelegation;
import it.cassetto.delegation.RequestedDelegation;
import it.cassetto.shared.security.DelegationScope;
import it.cassetto.shared.ui.DatePickers;
import java.time.LocalDate;
import java.util.List;

/**
 * "Nuova delega": find the position by fiscal code or matricola, choose scope and validity, send the request
 * (the code goes to the delegating party's PEC), then print the form and enter the code.
 */
class NewDelegationDialog extends Dialog {

    private final IntermediaryDelegationService service;
    private final Runnable onChange;
    private final VerticalLayout body = new VerticalLayout();
    private final Paragraph message = new Paragraph();

    NewDelegationDialog(IntermediaryDelegationService service, Runnable onChange) {
        this.service = service;
        this.onChange = onChange;
        setHeaderTitle(getTranslation("delegation.search.title"));
        setId("new-delegation-dialog");
        setWidth("min(44rem, 95vw)");
        body.setPadding(false);
        message.getElement().setAttribute("role", "alert");
        add(body);
        getFooter().add(new Button(getTranslation("delegation.action.close"), e -> close()));
        showSearch();
    }

    private void showSearch() {
        body.removeAll();
        TextField key = new TextField(getTranslation("delegation.search.label"));
        key.setId("delegation-search");
        key.setHelperText(getTranslation("delegation.search.help"));
        key.setMaxLength(16);
        key.setWidthFull();
        Div results = new Div();
        results.setId("delegation-candidates");
        Button search = new Button(getTranslation("delegation.search.button"), e -> search(key.getValue(), results));
        search.setId("delegation-search-button");
        search.addClickShortcut(Key.ENTER);
        HorizontalLayout row = new HorizontalLayout(key, search);
        row.setWidthFull();
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        body.add(row, message, results);
        key.focus();
    }

    private void search(String key, Div results) {
        results.removeAll();
        message.setText("");
        List<DelegationCandidate> found;
        try {
            found = service.findPositions(key);
        } catch (DelegationRefusedException refused) {
            message.setText(DelegationTexts.refusal(this, refused));
            return;
        }
        if (found.isEmpty()) {
            message.setText(getTranslation("delegation.search.none"));
            return;
        }
        results.add(new H3(getTranslation("delegation.search.results")));
        for (DelegationCandidate c : found) {
            String ident = c.matricola() != null ? c.matricola() : c.holderFiscalCode();
            Span text = new Span(ident + " · " + c.holderName() + " · " + getTranslation("code." + c.kind()) + " · "
                    + c.officeName());
            HorizontalLayout line = new HorizontalLayout(text);
            line.setAlignItems(HorizontalLayout.Alignment.CENTER);
            if (!c.pecOnFile()) {
                line.add(new Span(getTranslation("delegation.search.noPec")));
            } else if (c.alreadyHeld()) {
                line.add(new Span(getTranslation("delegation.search.held")));
            } else {
                Button choose = new Button(getTranslation("delegation.search.choose"), e -> showForm(c, ident));
                choose.setId("choose-" + c.positionId());
                choose.getElement().setAttribute("aria-label", getTranslation("delegation.search.choose") + " " + ident);
                line.add(choose);
            }
            results.add(line);
        }
    }

    private void showForm(DelegationCandidate candidate, String ident) {
        body.removeAll();
        message.setText("");
        body.add(new Paragraph(getTranslation("delegation.form.position") + ": " + ident + " · "
                + candidate.holderName()));
        RadioButtonGroup<DelegationScope> scope = new RadioButtonGroup<>(getTranslation("delegation.form.scope"));
        scope.setId("delegation-scope");
        scope.setItems(DelegationScope.READ_ONLY, DelegationScope.READ_AND_SEND);
        scope.setItemLabelGenerator(s -> DelegationTexts.scope(this, s));
        scope.setValue(DelegationScope.READ_AND_SEND);
        LocalDate today = LocalDate.now(DelegationTexts.ITALY);
        DatePicker from = DatePickers.of(getTranslation("delegation.form.from"), getLocale());
        from.setId("delegation-from");
        from.setMin(today);
        from.setValue(today);
        DatePicker to = DatePickers.of(getTranslation("delegation.form.to"), getLocale());
        to.setId("delegation-to");
        to.setMin(today.plusDays(1));
        to.setValue(today.plusYears(1));
        Button submit = new Button(getTranslation("delegation.form.submit"));
        submit.setId("delegation-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            try {
                RequestedDelegation requested = service.request(new NewDelegation(candidate.positionId(),
                        scope.getValue(), from.getValue(), to.getValue()));
                onChange.run();
                showRequested(requested, ident);
            } catch (DelegationRefusedException refused) {
                message.setText(DelegationTexts.refusal(this, refused));
                submit.setEnabled(true);
            }
        });
        body.add(scope, new HorizontalLayout(from, to), message, submit);
    }

    private void showRequested(RequestedDelegation requested, String ident) {
        body.removeAll();
        Paragraph done = new Paragraph(getTranslation("delegation.requested", requested.delegationId(),
                requested.maskedPec(), DelegationTexts.dateTime(requested.codeExpiresAt())));
        done.setId("delegation-requested");
        done.getElement().setAttribute("role", "status");
        Button enterCode = new Button(getTranslation("delegation.requested.enterCode"), e -> {
            close();
            new ActivationDialog(service, requested.delegationId(), ident, onChange).open();
        });
        enterCode.setId("delegation-enter-code");
        enterCode.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        body.add(done, new HorizontalLayout(DelegationFormLink.of(service, requested.delegationId(),
                getTranslation("delegation.action.form"), ident), enterCode));
        enterCode.focus();
    }
}
