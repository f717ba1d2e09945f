package it.cassetto.request.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import it.cassetto.request.NewRequest;
import it.cassetto.request.RequestDetail;
import it.cassetto.request.RequestRuleException;
import it.cassetto.request.RequestService;
import it.cassetto.shared.ui.RequestPageExtension;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * A request as its sender (or anyone who may read its position) sees it: facts, receipt, timeline,
 * attachments; the reply with documents when the office asked for them, and the reminder (sollecito)
 * once the due date has passed without an answer.
 */
@Route("richieste/:requestId([0-9]+)")
@CdiComponent
@PermitAll
class RequestDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RequestService requests;
    private final Instance<RequestPageExtension> extensions;
    private long requestId;
    private String title = "";

    @Inject
    RequestDetailView(RequestService requests, Instance<RequestPageExtension> extensions) {
        this.requests = requests;
        this.extensions = extensions;
        setId("request-detail-view");
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
        add(new H1(title), new RequestTimeline(detail, requests));
        extensions.forEach(extension -> extension.forRequest(requestId, false).ifPresent(this::add));
        if (detail.mayRemind()) {
            Paragraph help = new Paragraph(getTranslation("request.remind.help"));
            Button remind = new Button(getTranslation("request.remind"), e -> {
                try {
                    requests.remind(requestId);
                    RequestMessages.showDone(getTranslation("request.reminded.done"));
                    show();
                } catch (RequestRuleException refusal) {
                    RequestMessages.showRefusal(this, refusal);
                }
            });
            remind.setId("request-remind");
            add(help, remind);
        }
        if (detail.mayReply()) {
            TextArea text = new TextArea(getTranslation("request.reply.text"));
            text.setId("request-reply-text");
            text.setMaxLength(NewRequest.MAX_TEXT);
            text.setWidthFull();
            AttachmentPicker files = new AttachmentPicker("request-reply-attachments");
            Button reply = new Button(getTranslation("request.reply.send"), e -> {
                if (text.getValue().isBlank()) {
                    text.setInvalid(true);
                    text.setErrorMessage(getTranslation("request.error.textRequired"));
                    return;
                }
                try {
                    requests.reply(requestId, text.getValue(), files.uploads());
                    files.clear();
                    RequestMessages.showDone(getTranslation("request.reply.done"));
                    show();
                } catch (RequestRuleException refusal) {
                    RequestMessages.showRefusal(this, refusal);
                }
            });
            reply.setId("request-reply-send");
            reply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new H2(getTranslation("request.reply.title")), text, files, reply);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }
}
