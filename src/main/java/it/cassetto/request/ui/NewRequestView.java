package it.cassetto.request.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import it.cassetto.position.ui.PositionLayout;
import it.cassetto.request.NewRequest;
import it.cassetto.request.RequestRuleException;
import it.cassetto.request.RequestService;
import it.cassetto.request.SentRequest;
import it.cassetto.request.SubjectTree;
import it.cassetto.request.SubjectTree.Subject;
import it.cassetto.request.SubjectTree.SubjectClass;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import it.cassetto.shared.security.Role;

/**
 * "Nuova richiesta" on a position: the subject from the two-level tree of the position's kind, contacts
 * (e-mail or mobile phone, at least one), consents to notifications, optional landline and fax, the text
 * and up to three attachments. Sending protocols it and opens its detail with the receipt.
 */
@Route(value = "posizioni/:positionId([0-9]+)/richieste/nuova", layout = PositionLayout.class)
@CdiComponent
@RolesAllowed({Role.Names.EMPLOYER, Role.Names.ENTITY_EMPLOYEE, Role.Names.INTERMEDIARY,
        Role.Names.INTERMEDIARY_STAFF})
class NewRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RequestService requests;
    // Combo boxes, not selects: a long subject list can be filtered by typing, and Vaadin's select marks its
    // value button aria-required, which a button may not carry (vaadin/web-components#7337).
    private final ComboBox<SubjectClass> subjectClass = new ComboBox<>();
    private final ComboBox<Subject> subject = new ComboBox<>();
    private final EmailField email = new EmailField();
    private final TextField mobile = new TextField();
    private final TextField landline = new TextField();
    private final TextField fax = new TextField();
    private final Checkbox consentEmail = new Checkbox();
    private final Checkbox consentSms = new Checkbox();
    private final TextArea text = new TextArea();
    private final AttachmentPicker attachments = new AttachmentPicker("request-attachments");
    private final Paragraph guaranteedTime = new Paragraph();
    private final Button send = new Button();
    private long positionId;

    @Inject
    NewRequestView(RequestService requests) {
        this.requests = requests;
        setId("new-request-view");
        setPadding(false);

        subjectClass.setId("request-class");
        subjectClass.setLabel(getTranslation("request.class"));
        subjectClass.setItemLabelGenerator(SubjectClass::label);
        subjectClass.setRequiredIndicatorVisible(true);
        subjectClass.addValueChangeListener(e -> {
            subject.setItems(e.getValue() == null ? List.of() : e.getValue().subjects());
            if (e.getValue() != null && e.getValue().subjects().size() == 1) {
                subject.setValue(e.getValue().subjects().get(0));
            }
        });
        subject.setId("request-subject");
        subject.setLabel(getTranslation("request.subject"));
        subject.setItemLabelGenerator(Subject::label);
        subject.setRequiredIndicatorVisible(true);
        subject.addValueChangeListener(e -> guaranteedTime.setText(e.getValue() == null ? ""
                : getTranslation(e.getValue().guaranteed() ? "request.new.guaranteed" : "request.new.notGuaranteed",
                RequestService.ANSWER_WORKING_DAYS)));
        guaranteedTime.setId("request-guaranteed-time");
        guaranteedTime.getElement().setAttribute("aria-live", "polite");

        email.setId("request-email");
        email.setLabel(getTranslation("request.email"));
        email.setMaxLength(254);
        email.setErrorMessage(getTranslation("request.error.email"));
        mobile.setId("request-mobile");
        mobile.setLabel(getTranslation("request.mobile"));
        mobile.setPattern("\\+?[0-9 ]{6,19}");
        mobile.setErrorMessage(getTranslation("request.error.phone"));
        mobile.setMaxLength(20);
        landline.setId("request-landline");
        landline.setLabel(getTranslation("request.landline"));
        landline.setPattern("\\+?[0-9 ]{6,19}");
        landline.setErrorMessage(getTranslation("request.error.phone"));
        landline.setMaxLength(20);
        fax.setId("request-fax");
        fax.setLabel(getTranslation("request.fax"));
        fax.setPattern("\\+?[0-9 ]{6,19}");
        fax.setErrorMessage(getTranslation("request.error.phone"));
        fax.setMaxLength(20);
        consentEmail.setId("request-consent-email");
        consentEmail.setLabel(getTranslation("request.consentEmail"));
        consentSms.setId("request-consent-sms");
        consentSms.setLabel(getTranslation("request.consentSms"));
        text.setId("request-text");
        text.setLabel(getTranslation("request.text"));
        text.setMaxLength(NewRequest.MAX_TEXT);
        text.setRequired(true);
        text.setHelperText(getTranslation("request.text.help", NewRequest.MAX_TEXT));
        text.setWidthFull();
        text.setMinHeight("10em");

        FormLayout subjectForm = new FormLayout(subjectClass, subject);
        FormLayout contacts = new FormLayout(email, mobile, landline, fax, consentEmail, consentSms);
        Paragraph contactHelp = new Paragraph(getTranslation("request.contacts.help"));
        Paragraph attachmentHelp = new Paragraph(getTranslation("request.attachments.help",
                AttachmentPicker.MAX_FILES, AttachmentPicker.MAX_BYTES / (1024 * 1024)));

        send.setText(getTranslation("request.send"));
        send.addClickListener(e -> {
            try {
                send();
            } finally {
                send.setEnabled(true);
            }
        });
        send.setId("request-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);

        add(new H1(getTranslation("request.new.title")), subjectForm, guaranteedTime,
                new H2(getTranslation("request.contacts")), contactHelp, contacts,
                new H2(getTranslation("request.text")), text,
                new H2(getTranslation("request.attachments")), attachmentHelp, attachments, send);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        positionId = event.getRouteParameters().getLong("positionId")
                .orElseThrow(() -> new NotFoundException("No position"));
        SubjectTree tree = requests.subjectTree(positionId);
        subjectClass.setItems(tree.classes());
    }

    private void send() {
        boolean valid = true;
        if (subject.getValue() == null) {
            subject.setInvalid(true);
            subject.setErrorMessage(getTranslation("request.error.subjectRequired"));
            valid = false;
        }
        if (email.isEmpty() && mobile.isEmpty()) {
            email.setInvalid(true);
            email.setErrorMessage(getTranslation("request.error.contactRequired"));
            valid = false;
        }
        if (text.getValue().isBlank()) {
            text.setInvalid(true);
            text.setErrorMessage(getTranslation("request.error.textRequired"));
            valid = false;
        }
        if (email.isInvalid() || mobile.isInvalid() || landline.isInvalid() || fax.isInvalid()) {
            valid = false;
        }
        if (!valid) {
            RequestMessages.showRefusal(this, new RequestRuleException("request.error.formIncomplete"));
            return;
        }
        try {
            SentRequest sent = requests.send(new NewRequest(positionId, subject.getValue().id(), email.getValue(),
                    mobile.getValue(), landline.getValue(), fax.getValue(), consentEmail.getValue(),
                    consentSms.getValue(), text.getValue()), attachments.uploads());
            attachments.clear();
            RequestMessages.showDone(getTranslation("request.sent", sent.protocol()));
            getUI().ifPresent(ui -> ui.navigate("richieste/" + sent.id()));
        } catch (RequestRuleException refusal) {
            RequestMessages.showRefusal(this, refusal);
        } catch (ConstraintViolationException invalid) {
            RequestMessages.showRefusal(this, new RequestRuleException("request.error.formIncomplete"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.new.title") + " · " + getTranslation("app.title");
    }
}
