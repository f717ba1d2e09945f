package it.cassetto.appointment.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.cassetto.appointment.Appointment;
import it.cassetto.appointment.AppointmentRuleException;
import it.cassetto.appointment.AppointmentStatus;
import it.cassetto.appointment.OfficeAppointmentService;
import it.cassetto.appointment.OfficeOption;
import it.cassetto.shared.security.Role;
import it.cassetto.shared.ui.DatePickers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The office's agenda by day, week, or the two weeks from a day (the default, from today, which covers
 * the users' horizon): who is coming, on which request and position, with phone and notes;
 * confirm, mark held or not shown, cancel with a reason for the user.
 */
@Route("ufficio/agenda")
@CdiComponent
@RolesAllowed(Role.Names.OPERATOR)
class OfficeAgendaView extends VerticalLayout implements HasDynamicTitle {

    enum Span { DAY, WEEK, TWO_WEEKS }

    private final OfficeAppointmentService office;
    private final Select<OfficeOption> offices = new Select<>();
    private final DatePicker day;
    private final RadioButtonGroup<Span> span = new RadioButtonGroup<>();
    private final Grid<Appointment> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    @Inject
    OfficeAgendaView(OfficeAppointmentService office) {
        this.office = office;
        setId("office-agenda-view");
        add(new H1(getTranslation("appointment.agenda.title")));
        List<OfficeOption> mine = office.myOffices();
        offices.setLabel(getTranslation("appointment.office"));
        offices.setId("agenda-office");
        offices.setItems(mine);
        offices.setItemLabelGenerator(OfficeOption::name);
        day = DatePickers.of(getTranslation("appointment.agenda.day"), getLocale());
        day.setId("agenda-day");
        day.setValue(LocalDate.now(ZoneId.of("Europe/Rome")));
        span.setLabel(getTranslation("appointment.agenda.span"));
        span.setId("agenda-span");
        span.setItems(Span.values());
        span.setItemLabelGenerator(s -> getTranslation("appointment.agenda.span." + s.name()));
        span.setValue(Span.TWO_WEEKS);
        Anchor settings = new Anchor("ufficio/calendario", getTranslation("appointment.calendar.title"));
        settings.setId("agenda-calendar-link");
        HorizontalLayout filters = new HorizontalLayout(offices, day, span, settings);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("appointment.agenda.noOffice")));
            return;
        }
        offices.setValue(mine.get(0));
        offices.addValueChangeListener(e -> refresh());
        day.addValueChangeListener(e -> refresh());
        span.addValueChangeListener(e -> refresh());

        grid.setId("office-agenda-grid");
        grid.addColumn(AppointmentTexts::when).setHeader(getTranslation("appointment.when")).setAutoWidth(true);
        grid.addColumn(Appointment::bookedByName).setHeader(getTranslation("appointment.who")).setAutoWidth(true);
        grid.addComponentColumn(a -> new Anchor("ufficio/richieste/" + a.requestId(), a.protocol()))
                .setHeader(getTranslation("appointment.request")).setAutoWidth(true);
        grid.addColumn(a -> a.positionIdentifier() + " - " + a.holderName())
                .setHeader(getTranslation("appointment.position")).setAutoWidth(true);
        grid.addColumn(Appointment::subjectLabel).setHeader(getTranslation("appointment.subject")).setAutoWidth(true);
        grid.addColumn(a -> a.phone() == null ? "" : a.phone()).setHeader(getTranslation("appointment.phone"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.notes() == null ? "" : a.notes()).setHeader(getTranslation("appointment.notes"))
                .setFlexGrow(1);
        grid.addColumn(a -> AppointmentTexts.status(this, a)).setHeader(getTranslation("appointment.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("appointment.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        empty.setText(getTranslation("appointment.agenda.empty"));
        empty.setId("office-agenda-empty");
        add(filters, empty, grid);
        refresh();
    }

    private HorizontalLayout actions(Appointment a) {
        HorizontalLayout actions = new HorizontalLayout();
        boolean started = !LocalDateTime.now(ZoneId.of("Europe/Rome")).isBefore(a.start());
        if (a.status() == AppointmentStatus.BOOKED) {
            actions.add(action(a, "confirm", () -> office.confirm(a.id())));
        }
        if (a.status().isExpected() && started) {
            actions.add(action(a, "held", () -> office.markHeld(a.id())),
                    action(a, "notShown", () -> office.markNotShown(a.id())));
        }
        if (a.status().isExpected()) {
            Button cancel = new Button(getTranslation("appointment.agenda.cancel"), e -> cancelDialog(a));
            cancel.setId("agenda-cancel-" + a.id());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            actions.add(cancel);
        }
        return actions;
    }

    private Button action(Appointment a, String name, Runnable call) {
        Button button = new Button(getTranslation("appointment.agenda." + name), e -> run(call,
                "appointment.agenda." + name + ".done"));
        button.setId("agenda-" + name + "-" + a.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void cancelDialog(Appointment a) {
        Dialog dialog = new Dialog();
        dialog.setId("agenda-cancel-dialog");
        dialog.setHeaderTitle(getTranslation("appointment.agenda.cancel"));
        TextArea reason = new TextArea(getTranslation("appointment.agenda.cancelReason"));
        reason.setId("agenda-cancel-reason");
        reason.setHelperText(getTranslation("appointment.agenda.cancelReason.help"));
        reason.setMaxLength(2000);
        reason.setWidth("32em");
        Button confirm = new Button(getTranslation("appointment.agenda.cancel"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("appointment.error.reasonRequired"));
                return;
            }
            dialog.close();
            run(() -> office.cancel(a.id(), reason.getValue()), "appointment.agenda.cancel.done");
        });
        confirm.setId("agenda-cancel-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(new Paragraph(AppointmentTexts.when(a) + " · " + a.protocol() + " · " + a.holderName()), reason);
        dialog.getFooter().add(new Button(getTranslation("appointment.back"), e -> dialog.close()), confirm);
        dialog.open();
        reason.focus();
    }

    private void run(Runnable call, String doneKey) {
        try {
            call.run();
            AppointmentTexts.done(getTranslation(doneKey));
        } catch (AppointmentRuleException refusal) {
            AppointmentTexts.refusal(this, refusal);
        }
        refresh();
    }

    private void refresh() {
        if (offices.getValue() == null || day.getValue() == null || span.getValue() == null) {
            return;
        }
        LocalDate from = span.getValue() == Span.WEEK
                ? day.getValue().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.getValue();
        LocalDate to = switch (span.getValue()) {
            case DAY -> from;
            case WEEK -> from.plusDays(6);
            case TWO_WEEKS -> from.plusDays(13);
        };
        List<Appointment> agenda = office.agenda(offices.getValue().id(), from, to);
        grid.setItems(agenda);
        grid.setVisible(!agenda.isEmpty());
        empty.setVisible(agenda.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointment.agenda.title") + " · " + getTranslation("app.title");
    }
}
