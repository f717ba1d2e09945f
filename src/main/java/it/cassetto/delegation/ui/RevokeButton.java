package it.cassetto.delegation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import it.cassetto.delegation.DelegationRefusedException;
import it.cassetto.shared.ui.ConfirmationDialog;
import it.cassetto.shared.ui.Notices;

/** A small red "Revoca" button that asks first, calls the service, says how it went and refreshes the page. */
final class RevokeButton {

    private RevokeButton() {
    }

    /**
     * @param owner      the view, for translations
     * @param titleKey   key of the confirmation's title
     * @param text       the confirmation's text (what will stop)
     * @param revoke     the service call
     * @param doneKey    key of the success message
     * @param refresh    what to reload afterwards
     */
    static Button create(Component owner, String id, String ariaLabel, String titleKey, String text, Runnable revoke,
                         String doneKey, Runnable refresh) {
        String label = owner.getTranslation("delegation.action.revoke");
        Button button = new Button(label, e -> new ConfirmationDialog(owner.getTranslation(titleKey), text, label,
                owner.getTranslation("delegation.action.cancel"), () -> {
                    try {
                        revoke.run();
                        Notices.success(owner.getTranslation(doneKey));
                    } catch (DelegationRefusedException refused) {
                        Notices.error(DelegationTexts.refusal(owner, refused));
                    }
                    refresh.run();
                }).open());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        button.getElement().setAttribute("aria-label", ariaLabel);
        return button;
    }
}
