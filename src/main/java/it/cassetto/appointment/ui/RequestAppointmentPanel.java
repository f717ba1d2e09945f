package it.cassetto.appointment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import it.cassetto.appointment.Appointment;
import it.cassetto.appointment.AppointmentService;
import it.cassetto.appointment.BookingEligibility;
import it.cassetto.shared.ui.RequestPageExtension;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The appointments' block on a request's page: the request's appointments (with the office's reason when
 * it cancelled one), and "Prenota appuntamento", enabled only when the booking rule allows it and otherwise
 * saying when it will be or why not; on the office's view, "Appuntamento urgente".
 */
@Dependent
class RequestAppointmentPanel implements RequestPageExtension {

    private final AppointmentService appointments;

    @Inject
    RequestAppointmentPanel(AppointmentService appointments) {
        this.appointments = appointments;
    }

    @Override
    public Optional<Component> forRequest(long requestId, boolean officeSide) {
        return Optional.of(new Panel(requestId, officeSide));
    }

    private final class Panel extends Composite<Div> {

        Panel(long requestId, boolean officeSide) {
            Div root = getContent();
            root.setId("request-appointments");
            H2 title = new H2(getTranslation("appointment.request.title"));
            root.add(title);
            List<Appointment> list = appointments.ofRequest(requestId);
            UnorderedList items = new UnorderedList();
            items.setId("request-appointments-list");
            for (Appointment a : list) {
                ListItem item = new ListItem(AppointmentTexts.when(a) + " · " + a.officeName() + " · "
                        + AppointmentTexts.status(this, a));
                item.setId("request-appointment-" + a.id());
                item.getElement().setAttribute("data-status", a.status().name());
                if (a.cancelReason() != null) {
                    Paragraph reason = new Paragraph(getTranslation("appointment.cancelReason", a.cancelReason()));
                    reason.getStyle().set("white-space", "pre-wrap");
                    item.add(reason);
                }
                items.add(item);
            }
            if (!list.isEmpty()) {
                root.add(items);
            }
            if (officeSide) {
                Button urgent = new Button(getTranslation("appointment.urgent.open"), VaadinIcon.CLOCK.create(),
                        e -> UI.getCurrent().navigate("ufficio/richieste/" + requestId + "/appuntamento-urgente"));
                urgent.setId("appointment-urgent");
                root.add(urgent);
                return;
            }
            BookingEligibility eligibility = appointments.eligibility(requestId);
            Button book = new Button(getTranslation("appointment.book"), VaadinIcon.CALENDAR_CLOCK.create(),
                    e -> UI.getCurrent().navigate("richieste/" + requestId + "/appuntamento"));
            book.setId("appointment-book");
            book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            book.setEnabled(eligibility.bookable());
            Paragraph why = new Paragraph(AppointmentTexts.eligibility(this, eligibility));
            why.setId("appointment-eligibility");
            book.getElement().setAttribute("aria-describedby", "appointment-eligibility");
            root.add(book, why);
        }
    }
}
