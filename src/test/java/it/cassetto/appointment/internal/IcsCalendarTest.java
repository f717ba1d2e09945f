package it.cassetto.appointment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class IcsCalendarTest {

    private static String ics(String description, boolean cancelled) {
        return new String(IcsCalendar.of(new IcsCalendar.Event("appointment-12@cassetto", 3, cancelled,
                LocalDateTime.of(2026, 12, 3, 9, 30), LocalDateTime.of(2026, 12, 3, 10, 0),
                "Appuntamento INPS - Avvisi di addebito", "Sede Roma Centro", description,
                Instant.parse("2026-12-01T08:00:00Z"))), StandardCharsets.UTF_8);
    }

    @Test
    void theEventIsInUtc_withItsUidSequenceAndStatus() {
        String ics = ics("Richiesta INPS.7001.2026.0000001", false);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("\r\nUID:appointment-12@cassetto\r\n").contains("\r\nSEQUENCE:3\r\n")
                // 9:30 in Rome in December is 8:30 UTC
                .contains("\r\nDTSTART:20261203T083000Z\r\n").contains("\r\nDTEND:20261203T090000Z\r\n")
                .contains("\r\nSTATUS:CONFIRMED\r\n");
        assertThat(ics("x", true)).contains("\r\nSTATUS:CANCELLED\r\n");
    }

    @Test
    void textIsEscaped_andLongLinesAreFoldedAt75Octets() {
        String ics = ics("Cartella n. 097 2026, avviso; note\nseconda riga " + "è".repeat(60), false);
        assertThat(ics).contains("DESCRIPTION:Cartella n. 097 2026\\, avviso\\; note\\nseconda riga");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("è".repeat(60));
    }
}
