package it.cassetto.appointment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import it.cassetto.appointment.Availability;
import it.cassetto.appointment.FreeSlot;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The free slots of an office, one heading per day and one button per slot (its accessible name says the
 * day, the time and the free places); pressing one hands the slot to the page.
 */
class SlotPicker extends Composite<Div> {

    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    private final Consumer<FreeSlot> onPick;

    SlotPicker(Consumer<FreeSlot> onPick) {
        this.onPick = onPick;
        getContent().setId("booking-slots");
    }

    void show(Availability availability) {
        Div root = getContent();
        root.removeAll();
        if (availability.slots().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("appointment.slots.empty"));
            empty.setId("booking-slots-empty");
            root.add(empty);
            return;
        }
        Map<LocalDate, List<FreeSlot>> byDay = new LinkedHashMap<>();
        for (FreeSlot slot : availability.slots()) {
            byDay.computeIfAbsent(slot.start().toLocalDate(), d -> new java.util.ArrayList<>()).add(slot);
        }
        byDay.forEach((day, slots) -> {
            String dayText = AppointmentTexts.day(this, day);
            root.add(new H3(dayText));
            FlexLayout row = new FlexLayout();
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.getStyle().set("gap", "var(--lumo-space-s)");
            for (FreeSlot slot : slots) {
                Button button = new Button(AppointmentTexts.time(slot.start(), slot.end()), e -> onPick.accept(slot));
                button.setId("slot-" + ID.format(slot.start()));
                button.addClassName("booking-slot");
                button.getElement().setAttribute("aria-label", dayText + " " + AppointmentTexts.time(slot.start(),
                        slot.end()) + ", " + getTranslation("appointment.slots.free", slot.free()));
                row.add(button);
            }
            root.add(row);
        });
    }
}
