package it.cassetto.appointment;

/** An office the user may choose for an appointment. */
public record OfficeOption(long id, String name, String city) {
}
