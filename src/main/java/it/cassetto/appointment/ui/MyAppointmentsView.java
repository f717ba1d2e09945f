package it.cassetto.appointment.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.cassetto.appointment.Appointment;
import it.cassetto.appointment.AppointmentRuleException;
import it.cassetto.appointment.AppointmentService;
import it.cassetto.shared.security.Role;
import it.cassetto.shared.ui.ConfirmationDialog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;

/** "Gestione appuntamenti": the user's appointments with their status, and cancellation up to the notice. */
@Route("appuntamenti")
@CdiComponent
@RolesAllowed({Role.Names.EMPLOYER, Role.Names.ENTITY_EMPLOYEE, Role.Names.INTERMEDIARY,
        Role.Names.INTERMEDIARY_STAFF})
class MyAppointmentsView extends VerticalLayout implements HasDynamicTitle {

    private final AppointmentService appointments;
    private final Grid<Appointment> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    @Inject
    MyAppointmentsView(AppointmentService appointments) {
        this.appointments = appointments;
        setId("my-appointments-view");
        add(new H1(getTranslation("appointment.mine.title")), new Paragraph(getTranslation("appointment.mine.help")));
        grid.setId("my-appointments-grid");
        grid.addColumn(AppointmentTexts::when).setHeader(getTranslation("appointment.when")).setAutoWidth(true);
        grid.addColumn(Appointment::officeName).setHeader(getTranslation("appointment.office")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Anchor link = new Anchor("richieste/" + a.requestId(), a.protocol());
            link.setId("my-appointment-request-" + a.id());
            return link;
        }).setHeader(getTranslation("appointment.request")).setAutoWidth(true);
        grid.addColumn(a -> a.positionIdentifier() + " - " + a.holderName())
                .setHeader(getTranslation("appointment.position")).setAutoWidth(true);
        grid.addColumn(Appointment::subjectLabel).setHeader(getTranslation("appointment.subject")).setAutoWidth(true);
        grid.addColumn(a -> AppointmentTexts.status(this, a)).setHeader(getTranslation("appointment.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::cancelButton).setHeader(getTranslation("appointment.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        empty.setText(getTranslation("appointment.mine.empty"));
        empty.setId("my-appointments-empty");
        add(empty, grid);
        refresh();
    }

    private Button cancelButton(Appointment a) {
        Button cancel = new Button(getTranslation("appointment.cancel"));
        cancel.setId("appointment-cancel-" + a.id());
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.setVisible(a.mayCancel());
        cancel.getElement().setAttribute("aria-label", getTranslation("appointment.cancel") + " " + AppointmentTexts.when(a));
        cancel.addClickListener(e -> new ConfirmationDialog(getTranslation("appointment.cancel"),
                getTranslation("appointment.cancel.confirm", AppointmentTexts.when(a), a.officeName()),
                getTranslation("appointment.cancel"), getTranslation("appointment.back"), () -> {
            try {
                appointments.cancel(a.id());
                AppointmentTexts.done(getTranslation("appointment.cancel.done"));
            } catch (AppointmentRuleException refusal) {
                AppointmentTexts.refusal(this, refusal);
            }
            refresh();
        }).open());
        return cancel;
    }

    private void refresh() {
        List<Appointment> mine = appointments.mine();
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
        empty.setVisible(mine.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointment.mine.title") + " · " + getTranslation("app.title");
    }
}
