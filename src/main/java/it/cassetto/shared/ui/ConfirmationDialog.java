package it.cassetto.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Asks before an action that cannot be undone: a modal dialog with a title, a text, a cancel button (focused,
 * so Enter does not confirm by accident; Escape cancels too) and a red confirm button.
 */
public final class ConfirmationDialog extends Dialog {

    public ConfirmationDialog(String title, String text, String confirmLabel, String cancelLabel, Runnable onConfirm) {
        setHeaderTitle(title);
        setId("confirmation-dialog");
        add(new Paragraph(text));
        Button cancel = new Button(cancelLabel, e -> close());
        cancel.setId("confirmation-cancel");
        Button confirm = new Button(confirmLabel, e -> {
            close();
            onConfirm.run();
        });
        confirm.setId("confirmation-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                cancel.focus();
            }
        });
    }
}
