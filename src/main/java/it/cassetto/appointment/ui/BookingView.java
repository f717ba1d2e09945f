package it.cassetto.appointment.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
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
import it.cassetto.appointment.BookingContext;
import it.cassetto.appointment.FreeSlot;
import it.cassetto.appointment.HeldSlot;
import it.cassetto.appointment.OfficeOption;
import it.cassetto.appointment.SlotTakenException;
import it.cassetto.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Booking an appointment from a request: the topic comes from the request; the user chooses the office (the
 * competent one first), a free slot within the horizon, gives a phone and notes (what to discuss, cartella or
 * avviso numbers); the place is held while they confirm.
 */
@Route("richieste/:requestId([0-9]+)/appuntamento")
@CdiComponent
@RolesAllowed({Role.Names.EMPLOYER, Role.Names.ENTITY_EMPLOYEE, Role.Names.INTERMEDIARY,
        Role.Names.INTERMEDIARY_STAFF})
class BookingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AppointmentService appointments;
    private final Select<OfficeOption> office = new Select<>();
    private final TextField phone = new TextField();
    private final TextArea notes = new TextArea();
    private final SlotPicker slots = new SlotPicker(this::hold);
    private long requestId;

    @Inject
    BookingView(AppointmentService appointments) {
        this.appointments = appointments;
        setId("booking-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        requestId = event.getRouteParameters().getLong("requestId")
                .orElseThrow(() -> new NotFoundException("No request"));
        BookingContext context = appointments.bookingContext(requestId);
        removeAll();
        add(new H1(getTranslation("appointment.booking.title")));
        Div facts = new Div();
        facts.addClassName("request-facts");
        Paragraph about = new Paragraph(getTranslation("appointment.booking.about", context.protocol(),
                context.subjectLabel(), context.positionIdentifier() + " - " + context.holderName()));
        about.setId("booking-about");
        facts.add(about);
        add(facts);
        if (!context.eligibility().bookable()) {
            Paragraph why = new Paragraph(AppointmentTexts.eligibility(this, context.eligibility()));
            why.setId("appointment-eligibility");
            add(why);
            return;
        }
        office.setLabel(getTranslation("appointment.booking.office"));
        office.setId("booking-office");
        office.setItems(context.offices());
        office.setItemLabelGenerator(o -> o.name() + (o.id() == context.competentOfficeId()
                ? " (" + getTranslation("appointment.booking.competent") + ")" : ""));
        office.setValue(context.offices().get(0));
        office.addValueChangeListener(e -> refresh());
        phone.setLabel(getTranslation("appointment.phone"));
        phone.setId("booking-phone");
        phone.setMaxLength(20);
        phone.setPattern("[+0-9 ./-]*");
        phone.setAllowedCharPattern("[+0-9 ./-]");
        phone.setValue(context.defaultPhone() == null ? "" : context.defaultPhone());
        notes.setLabel(getTranslation("appointment.notes"));
        notes.setHelperText(getTranslation("appointment.notes.help"));
        notes.setId("booking-notes");
        notes.setMaxLength(AppointmentService.MAX_NOTES);
        notes.setWidthFull();
        add(office, phone, notes, new H2(getTranslation("appointment.slots.title")), slots);
        refresh();
    }

    private void refresh() {
        if (office.getValue() != null) {
            slots.show(appointments.availability(requestId, office.getValue().id()));
        }
    }

    private void hold(FreeSlot slot) {
        if (phone.isInvalid()) {
            phone.focus();
            return;
        }
        try {
            HeldSlot held = appointments.hold(requestId, slot.officeId(), slot.start(), phone.getValue(),
                    notes.getValue());
            confirmDialog(held);
        } catch (SlotTakenException taken) {
            AppointmentTexts.refusal(this, taken);
            slots.show(taken.freshAvailability());
        } catch (AppointmentRuleException refusal) {
            AppointmentTexts.refusal(this, refusal);
            refresh();
        }
    }

    private void confirmDialog(HeldSlot held) {
        Dialog dialog = new Dialog();
        dialog.setId("booking-confirm-dialog");
        dialog.setHeaderTitle(getTranslation("appointment.booking.confirmTitle"));
        dialog.setCloseOnOutsideClick(false);
        LocalDateTime until = LocalDateTime.ofInstant(held.expiresAt(), ZoneId.of("Europe/Rome"));
        Paragraph text = new Paragraph(getTranslation("appointment.booking.confirmText",
                AppointmentTexts.day(this, held.slot().start().toLocalDate()),
                AppointmentTexts.time(held.slot().start(), held.slot().end()), office.getValue().name()));
        text.setId("booking-confirm-text");
        dialog.add(text, new Paragraph(getTranslation("appointment.booking.heldUntil", AppointmentTexts.TIME.format(until))));
        Button confirm = new Button(getTranslation("appointment.booking.confirm"), e -> {
            dialog.close();
            try {
                appointments.confirm(held.appointmentId());
                AppointmentTexts.done(getTranslation("appointment.booking.done"));
                getUI().ifPresent(ui -> ui.navigate("appuntamenti"));
            } catch (AppointmentRuleException refusal) {
                AppointmentTexts.refusal(this, refusal);
                refresh();
            }
        });
        confirm.setId("booking-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button release = new Button(getTranslation("appointment.booking.release"), e -> {
            dialog.close();
            appointments.release(held.appointmentId());
            refresh();
        });
        release.setId("booking-release");
        dialog.getFooter().add(release, confirm);
        dialog.open();
        confirm.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointment.booking.title") + " · " + getTranslation("app.title");
    }
}
