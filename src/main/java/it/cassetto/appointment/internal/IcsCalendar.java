package it.cassetto.appointment.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An iCalendar (RFC 5545) file with one event, for the confirmation e-mails: times in UTC, text escaped,
 * lines folded at 75 octets and ended by CRLF. METHOD:PUBLISH with a stable UID and a SEQUENCE, so that a
 * cancellation (STATUS:CANCELLED, higher sequence) replaces the event in the user's calendar.
 */
public final class IcsCalendar {

    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** The event's facts; start and end are Italian wall-clock times. */
    public record Event(String uid, int sequence, boolean cancelled, LocalDateTime start, LocalDateTime end,
                        String summary, String location, String description, Instant stamp) {
    }

    private IcsCalendar() {
    }

    public static byte[] of(Event event) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Cassetto previdenziale//Agenda appuntamenti//IT");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + event.uid());
        line(ics, "SEQUENCE:" + event.sequence());
        line(ics, "DTSTAMP:" + UTC.format(event.stamp()));
        line(ics, "DTSTART:" + UTC.format(event.start().atZone(ITALY).toInstant()));
        line(ics, "DTEND:" + UTC.format(event.end().atZone(ITALY).toInstant()));
        line(ics, "SUMMARY:" + escape(event.summary()));
        line(ics, "LOCATION:" + escape(event.location()));
        line(ics, "DESCRIPTION:" + escape(event.description()));
        line(ics, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets (never inside a UTF-8 sequence), ended by CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
