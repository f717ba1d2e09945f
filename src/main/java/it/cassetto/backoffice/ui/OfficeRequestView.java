package it.cassetto.backoffice.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import it.cassetto.request.NewRequest;
import it.cassetto.request.OfficeRequestService;
import it.cassetto.request.Outcome;
import it.cassetto.request.RequestDetail;
import it.cassetto.request.RequestRuleException;
import it.cassetto.request.RequestService;
import it.cassetto.request.RequestStatus;
import it.cassetto.request.ui.RequestMessages;
import it.cassetto.request.ui.RequestTimeline;
import it.cassetto.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import it.cassetto.shared.ui.RequestPageExtension;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.function.BiConsumer;

/**
 * One request as the competent office works it: the same facts, timeline and attachments the user sees,
 * and the actions: take in charge, comment, ask for documents, close with an outcome. The service refuses
 * an operator of another office whatever this page shows.
 */
@Route("ufficio/richieste/:requestId([0-9]+)")
@CdiComponent
@RolesAllowed(Role.Names.OPERATOR)
class OfficeRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RequestService requests;
    private final OfficeRequestService office;
    private final Instance<RequestPageExtension> extensions;
    private long requestId;
    private String title = "";

    @Inject
    OfficeRequestView(RequestService requests, OfficeRequestService office,
                      Instance<RequestPageExtension> extensions) {
        this.requests = requests;
        this.office = office;
        this.extensions = extensions;
        setId("office-request-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        requestId = event.getRouteParameters().getLong("requestId")
                .orElseThrow(() -> new NotFoundException("No request"));
        show();
    }

    private void show() {
        RequestDetail detail = requests.detail(requestId);
        title = getTranslation("request.detail.title", detail.summary().protocol());
        removeAll();
        add(new H1(title));
        if (detail.mayHandle()) {
            HorizontalLayout actions = new HorizontalLayout();
            actions.setWrap(true);
            if (detail.summary().status() == RequestStatus.OPEN) {
                Button take = new Button(getTranslation("backoffice.takeInCharge"), e -> act(() ->
                        office.takeInCharge(requestId), "backoffice.takeInCharge.done"));
                take.setId("office-take");
                take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(take);
            }
            actions.add(textAction("office-comment", "backoffice.comment", office::comment));
            if (detail.summary().status() == RequestStatus.IN_CHARGE) {
                if (!detail.summary().awaitingUser()) {
                    actions.add(textAction("office-ask-documents", "backoffice.askDocuments", office::askDocuments));
                }
                Button close = new Button(getTranslation("backoffice.close"), e -> openCloseDialog());
                close.setId("office-close");
                close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(close);
            }
            add(actions);
        }
        add(new RequestTimeline(detail, requests));
        extensions.forEach(extension -> extension.forRequest(requestId, true).ifPresent(this::add));
    }

    private Button textAction(String id, String key, BiConsumer<Long, String> action) {
        Button button = new Button(getTranslation(key), e -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation(key));
            TextArea text = new TextArea(getTranslation("backoffice.text"));
            text.setId(id + "-text");
            text.setMaxLength(NewRequest.MAX_TEXT);
            text.setWidth("32em");
            Button confirm = new Button(getTranslation("backoffice.confirm"), c -> {
                if (text.getValue().isBlank()) {
                    text.setInvalid(true);
                    text.setErrorMessage(getTranslation("request.error.textRequired"));
                    return;
                }
                dialog.close();
                act(() -> action.accept(requestId, text.getValue()), key + ".done");
            });
            confirm.setId(id + "-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button cancel = new Button(getTranslation("backoffice.cancel"), c -> dialog.close());
            dialog.add(text);
            dialog.getFooter().add(cancel, confirm);
            dialog.open();
            text.focus();
        });
        button.setId(id);
        return button;
    }

    private void openCloseDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("office-close-dialog");
        dialog.setHeaderTitle(getTranslation("backoffice.close"));
        RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>(getTranslation("request.outcome"));
        outcome.setId("office-close-outcome");
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation(o.labelKey()));
        outcome.setRequired(true);
        TextArea comment = new TextArea(getTranslation("backoffice.close.comment"));
        comment.setId("office-close-comment");
        comment.setMaxLength(NewRequest.MAX_TEXT);
        comment.setWidth("32em");
        Button confirm = new Button(getTranslation("backoffice.close"), c -> {
            boolean valid = true;
            if (outcome.getValue() == null) {
                outcome.setInvalid(true);
                outcome.setErrorMessage(getTranslation("request.error.outcomeRequired"));
                valid = false;
            }
            if (comment.getValue().isBlank()) {
                comment.setInvalid(true);
                comment.setErrorMessage(getTranslation("request.error.textRequired"));
                valid = false;
            }
            if (valid) {
                dialog.close();
                act(() -> office.close(requestId, outcome.getValue(), comment.getValue()), "backoffice.close.done");
            }
        });
        confirm.setId("office-close-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("backoffice.cancel"), c -> dialog.close());
        dialog.add(new VerticalLayout(outcome, comment));
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            RequestMessages.showDone(getTranslation(doneKey));
        } catch (RequestRuleException refusal) {
            RequestMessages.showRefusal(this, refusal);
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }
}
