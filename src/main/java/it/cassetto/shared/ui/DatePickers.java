package it.cassetto.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;
import java.util.Locale;

/** Date pickers that speak the user's language: Italian names and dd/MM/yyyy, or English. */
public final class DatePickers {

    private DatePickers() {
    }

    /** A date picker with a visible label, localised for {@code locale}. */
    public static DatePicker of(String label, Locale locale) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(locale);
        if ("it".equals(locale.getLanguage())) {
            DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                    .setDateFormat("dd/MM/yyyy")
                    .setFirstDayOfWeek(1)
                    .setMonthNames(List.of("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                            "agosto", "settembre", "ottobre", "novembre", "dicembre"))
                    .setWeekdays(List.of("domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"))
                    .setWeekdaysShort(List.of("dom", "lun", "mar", "mer", "gio", "ven", "sab"))
                    .setToday("Oggi")
                    .setCancel("Annulla");
            picker.setI18n(i18n);
        } else {
            picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("dd/MM/yyyy").setFirstDayOfWeek(1));
        }
        return picker;
    }
}
