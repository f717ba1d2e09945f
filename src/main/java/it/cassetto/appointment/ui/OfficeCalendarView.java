package it.cassetto.appointment.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.cassetto.appointment.BlockedPeriod;
import it.cassetto.appointment.ClosedDay;
import it.cassetto.appointment.OfficeAppointmentService;
import it.cassetto.appointment.OfficeCalendar;
import it.cassetto.appointment.OfficeOption;
import it.cassetto.appointment.OpeningHours;
import it.cassetto.shared.security.Role;
import it.cassetto.shared.ui.DatePickers;
import it.cassetto.shared.ui.Notices;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An office's booking settings for its operators: slot length, officers per slot, notice to cancel, opening
 * hours per weekday (a morning and an afternoon interval), closed days and blocked periods. National and
 * local holidays are known already and need no entry.
 */
@Route("ufficio/calendario")
@CdiComponent
@RolesAllowed(Role.Names.OPERATOR)
class OfficeCalendarView extends VerticalLayout implements HasDynamicTitle {

    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final OfficeAppointmentService office;
    private final Select<OfficeOption> offices = new Select<>();
    private final IntegerField slotMinutes = new IntegerField();
    private final IntegerField capacity = new IntegerField();
    private final IntegerField notice = new IntegerField();
    private final Map<DayOfWeek, TimePicker[]> opening = new EnumMap<>(DayOfWeek.class);
    private final List<ClosedDay> closedDays = new ArrayList<>();
    private final List<BlockedPeriod> blocked = new ArrayList<>();
    private final UnorderedList closedList = new UnorderedList();
    private final UnorderedList blockedList = new UnorderedList();

    @Inject
    OfficeCalendarView(OfficeAppointmentService office) {
        this.office = office;
        setId("office-calendar-view");
        add(new H1(getTranslation("appointment.calendar.title")),
                new Paragraph(getTranslation("appointment.calendar.help")));
        List<OfficeOption> mine = office.myOffices();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("appointment.agenda.noOffice")));
            return;
        }
        offices.setLabel(getTranslation("appointment.office"));
        offices.setId("calendar-office");
        offices.setItems(mine);
        offices.setItemLabelGenerator(OfficeOption::name);
        number(slotMinutes, "calendar-slot-minutes", "appointment.calendar.slotMinutes", 10, 240);
        number(capacity, "calendar-capacity", "appointment.calendar.capacity", 1, 50);
        number(notice, "calendar-notice", "appointment.calendar.noticeHours", 0, 240);
        HorizontalLayout numbers = new HorizontalLayout(offices, slotMinutes, capacity, notice);
        numbers.setWrap(true);
        add(numbers, new H2(getTranslation("appointment.calendar.opening")));
        for (DayOfWeek day : WEEKDAYS) {
            TimePicker[] pickers = new TimePicker[4];
            String[] parts = {"morningFrom", "morningTo", "afternoonFrom", "afternoonTo"};
            String dayName = day.getDisplayName(TextStyle.FULL, getLocale());
            for (int i = 0; i < 4; i++) {
                pickers[i] = new TimePicker(getTranslation("appointment.calendar." + parts[i]));
                pickers[i].setId("calendar-" + day.name().toLowerCase() + "-" + parts[i]);
                pickers[i].setStep(Duration.ofMinutes(15));
                pickers[i].setClearButtonVisible(true);
                pickers[i].setAriaLabel(dayName + ": " + getTranslation("appointment.calendar." + parts[i]));
            }
            opening.put(day, pickers);
            Span label = new Span(dayName);
            label.setWidth("8em");
            HorizontalLayout row = new HorizontalLayout(label, pickers[0], pickers[1], pickers[2], pickers[3]);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            add(row);
        }
        DatePicker closedOn = DatePickers.of(getTranslation("appointment.calendar.closedDay"), getLocale());
        closedOn.setId("calendar-closed-day");
        TextField closedReason = new TextField(getTranslation("appointment.calendar.reason"));
        closedReason.setId("calendar-closed-reason");
        closedReason.setMaxLength(200);
        Button addClosed = new Button(getTranslation("appointment.calendar.add"), e -> {
            if (closedOn.getValue() == null) {
                closedOn.setInvalid(true);
                return;
            }
            closedDays.add(new ClosedDay(closedOn.getValue(), closedReason.getValue()));
            closedOn.clear();
            closedReason.clear();
            showLists();
        });
        addClosed.setId("calendar-closed-add");
        closedList.setId("calendar-closed-list");
        DateTimePicker blockFrom = new DateTimePicker(getTranslation("appointment.calendar.blockedFrom"));
        blockFrom.setId("calendar-blocked-from");
        DateTimePicker blockTo = new DateTimePicker(getTranslation("appointment.calendar.blockedTo"));
        blockTo.setId("calendar-blocked-to");
        TextField blockReason = new TextField(getTranslation("appointment.calendar.reason"));
        blockReason.setId("calendar-blocked-reason");
        blockReason.setMaxLength(200);
        Button addBlocked = new Button(getTranslation("appointment.calendar.add"), e -> {
            if (blockFrom.getValue() == null || blockTo.getValue() == null
                    || !blockTo.getValue().isAfter(blockFrom.getValue())) {
                blockTo.setInvalid(true);
                blockTo.setErrorMessage(getTranslation("appointment.calendar.blockedInvalid"));
                return;
            }
            blocked.add(new BlockedPeriod(blockFrom.getValue(), blockTo.getValue(), blockReason.getValue()));
            blockFrom.clear();
            blockTo.clear();
            blockReason.clear();
            showLists();
        });
        addBlocked.setId("calendar-blocked-add");
        blockedList.setId("calendar-blocked-list");
        HorizontalLayout closedRow = new HorizontalLayout(closedOn, closedReason, addClosed);
        closedRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout blockedRow = new HorizontalLayout(blockFrom, blockTo, blockReason, addBlocked);
        blockedRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        blockedRow.setWrap(true);
        Button save = new Button(getTranslation("appointment.calendar.save"), e -> save());
        save.setId("calendar-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("appointment.calendar.closedDays")), closedRow, closedList,
                new H2(getTranslation("appointment.calendar.blocked")), blockedRow, blockedList, save);
        offices.addValueChangeListener(e -> load());
        offices.setValue(mine.get(0));
    }

    private void number(IntegerField field, String id, String key, int min, int max) {
        field.setId(id);
        field.setLabel(getTranslation(key));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setRequired(true);
    }

    private void load() {
        if (offices.getValue() == null) {
            return;
        }
        OfficeCalendar calendar = office.calendar(offices.getValue().id());
        slotMinutes.setValue(calendar.slotMinutes());
        capacity.setValue(calendar.capacity());
        notice.setValue(calendar.cancelNoticeHours());
        opening.values().forEach(p -> List.of(p).forEach(TimePicker::clear));
        Map<DayOfWeek, Integer> seen = new EnumMap<>(DayOfWeek.class);
        for (OpeningHours hours : calendar.opening()) {
            TimePicker[] pickers = opening.get(hours.day());
            int n = seen.merge(hours.day(), 1, Integer::sum);
            if (pickers != null && n <= 2) {
                pickers[(n - 1) * 2].setValue(hours.opens());
                pickers[(n - 1) * 2 + 1].setValue(hours.closes());
            }
        }
        closedDays.clear();
        closedDays.addAll(calendar.closedDays());
        blocked.clear();
        blocked.addAll(calendar.blockedPeriods());
        showLists();
    }

    private void showLists() {
        closedList.removeAll();
        for (ClosedDay day : List.copyOf(closedDays)) {
            Button remove = new Button(getTranslation("appointment.calendar.remove"), e -> {
                closedDays.remove(day);
                showLists();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.getElement().setAttribute("aria-label", getTranslation("appointment.calendar.remove") + " "
                    + AppointmentTexts.date(day.day()));
            closedList.add(new ListItem(new Span(AppointmentTexts.date(day.day()) + " · " + day.reason()), remove));
        }
        blockedList.removeAll();
        for (BlockedPeriod period : List.copyOf(blocked)) {
            Button remove = new Button(getTranslation("appointment.calendar.remove"), e -> {
                blocked.remove(period);
                showLists();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            blockedList.add(new ListItem(new Span(AppointmentTexts.date(period.from().toLocalDate()) + " "
                    + AppointmentTexts.TIME.format(period.from()) + " - " + AppointmentTexts.date(period.to()
                    .toLocalDate()) + " " + AppointmentTexts.TIME.format(period.to()) + " · " + period.reason()),
                    remove));
        }
    }

    private void save() {
        if (slotMinutes.isInvalid() || capacity.isInvalid() || notice.isInvalid() || slotMinutes.getValue() == null
                || capacity.getValue() == null || notice.getValue() == null) {
            Notices.error(getTranslation("appointment.calendar.invalid"));
            return;
        }
        List<OpeningHours> hours = new ArrayList<>();
        try {
            opening.forEach((day, p) -> {
                for (int i = 0; i < 4; i += 2) {
                    LocalTime from = p[i].getValue();
                    LocalTime to = p[i + 1].getValue();
                    if (from != null || to != null) {
                        if (from == null || to == null) {
                            throw new IllegalArgumentException("incomplete");
                        }
                        hours.add(new OpeningHours(day, from, to));
                    }
                }
            });
            office.saveCalendar(new OfficeCalendar(offices.getValue().id(), offices.getValue().name(),
                    slotMinutes.getValue(), capacity.getValue(), notice.getValue(), hours, closedDays, blocked));
            Notices.success(getTranslation("appointment.calendar.saved"));
            load();
        } catch (IllegalArgumentException | ConstraintViolationException invalid) {
            Notices.error(getTranslation("appointment.calendar.invalid"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointment.calendar.title") + " · " + getTranslation("app.title");
    }
}
