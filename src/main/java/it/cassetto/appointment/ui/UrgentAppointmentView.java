package it.cassetto.appointment.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import it.cassetto.appointment.AppointmentRuleException;
import it.cassetto.appointment.AppointmentService;
import it.cassetto.appointment.FreeSlot;
import it.cassetto.appointment.OfficeAppointmentService;
import it.cassetto.appointment.OfficeOption;
import it.cassetto.appointment.SlotTakenException;
import it.cassetto.shared.security.Role;
import it.cassetto.shared.ui.ConfirmationDialog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;

/**
 * An urgent appointment on a request of the operator's office (protocollo Ferrara, 3.1: "appuntamento
 * urgente"): any free slot of the operator's office up to the urgent horizon, beyond the users' ten days;
 * confirmed at once and notified to the user.
 */
@Route("ufficio/richieste/:requestId([0-9]+)/appuntamento-urgente")
@CdiComponent
@RolesAllowed(Role.Names.OPERATOR)
class UrgentAppointmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OfficeAppointmentService office;
    private final Select<OfficeOption> offices = new Select<>();
    private final TextField phone = new TextField();
    private final TextArea notes = new TextArea();
    private final SlotPicker slots = new SlotPicker(this::book);
    private long requestId;

    @Inject
    UrgentAppointmentView(OfficeAppointmentService office) {
        this.office = office;
        setId("urgent-appointment-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        requestId = event.getRouteParameters().getLong("requestId")
                .orElseThrow(() -> new NotFoundException("No request"));
        removeAll();
        add(new H1(getTranslation("appointment.urgent.title")), new Paragraph(getTranslation("appointment.urgent.help")));
        List<OfficeOption> mine = office.myOffices();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("appointment.agenda.noOffice")));
            return;
        }
        offices.setLabel(getTranslation("appointment.office"));
        offices.setId("urgent-office");
        offices.setItems(mine);
        offices.setItemLabelGenerator(OfficeOption::name);
        offices.setValue(mine.get(0));
        offices.addValueChangeListener(e -> refresh());
        phone.setLabel(getTranslation("appointment.phone"));
        phone.setId("urgent-phone");
        phone.setMaxLength(20);
        phone.setAllowedCharPattern("[+0-9 ./-]");
        notes.setLabel(getTranslation("appointment.notes"));
        notes.setId("urgent-notes");
        notes.setMaxLength(AppointmentService.MAX_NOTES);
        notes.setWidthFull();
        add(offices, phone, notes, new H2(getTranslation("appointment.slots.title")), slots);
        refresh();
    }

    private void refresh() {
        slots.show(office.urgentAvailability(offices.getValue().id()));
    }

    private void book(FreeSlot slot) {
        new ConfirmationDialog(getTranslation("appointment.urgent.title"),
                getTranslation("appointment.urgent.confirm", AppointmentTexts.day(this, slot.start().toLocalDate()),
                        AppointmentTexts.time(slot.start(), slot.end())),
                getTranslation("appointment.booking.confirm"), getTranslation("appointment.back"), () -> {
            try {
                office.urgent(requestId, slot.officeId(), slot.start(), phone.getValue(), notes.getValue());
                AppointmentTexts.done(getTranslation("appointment.urgent.done"));
                getUI().ifPresent(ui -> ui.navigate("ufficio/richieste/" + requestId));
            } catch (SlotTakenException taken) {
                AppointmentTexts.refusal(this, taken);
                slots.show(taken.freshAvailability());
            } catch (AppointmentRuleException refusal) {
                AppointmentTexts.refusal(this, refusal);
            }
        }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointment.urgent.title") + " · " + getTranslation("app.title");
    }
}
