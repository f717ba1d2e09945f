package it.cassetto.delegation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import it.cassetto.delegation.ActivationResult;
import it.cassetto.delegation.DelegationRefusedException;
import it.cassetto.delegation.IntermediaryDelegationService;
import it.cassetto.shared.ui.Notices;

/** Activation of a requested delegation: the code from the delegating party and the declaration. */
class ActivationDialog extends Dialog {

    ActivationDialog(IntermediaryDelegationService service, long delegationId, String positionIdent,
                     Runnable onChange) {
        setHeaderTitle(getTranslation("delegation.activate.title") + " · " + positionIdent);
        setId("activation-dialog");
        setWidth("min(36rem, 95vw)");
        TextField code = new TextField(getTranslation("delegation.activate.code"));
        code.setId("activation-code");
        code.setHelperText(getTranslation("delegation.activate.codeHelp"));
        code.setMaxLength(20);
        code.setWidthFull();
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Checkbox declaration = new Checkbox(getTranslation("delegation.activate.declaration"));
        declaration.setId("activation-declaration");
        Paragraph outcome = new Paragraph();
        outcome.setId("activation-outcome");
        outcome.getElement().setAttribute("role", "status");
        outcome.getElement().setAttribute("aria-live", "polite");
        Button submit = new Button(getTranslation("delegation.activate.submit"));
        submit.setId("activation-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            code.setInvalid(false);
            if (code.getValue().isBlank()) {
                code.setErrorMessage(getTranslation("delegation.activate.codeRequired"));
                code.setInvalid(true);
                code.focus();
                return;
            }
            if (!declaration.getValue()) {
                outcome.setText(getTranslation("delegation.error.declaration-required"));
                declaration.focus();
                return;
            }
            try {
                ActivationResult result = service.activate(delegationId, code.getValue(), true);
                String text = getTranslation("delegation.activate." + result.outcome().name(), result.triesLeft());
                if (result.outcome() == ActivationResult.Outcome.ACTIVATED) {
                    close();
                    Notices.success(text);
                } else {
                    outcome.setText(text);
                    code.setInvalid(true);
                    code.setErrorMessage(text);
                    code.focus();
                    if (result.outcome() != ActivationResult.Outcome.WRONG_CODE) {
                        submit.setEnabled(false);
                    }
                }
                onChange.run();
            } catch (DelegationRefusedException refused) {
                outcome.setText(DelegationTexts.refusal(this, refused));
            }
        });
        Button cancel = new Button(getTranslation("delegation.action.close"), e -> close());
        VerticalLayout body = new VerticalLayout(code, declaration, outcome);
        body.setPadding(false);
        add(body);
        getFooter().add(cancel, submit);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                code.focus();
            }
        });
    }
}
