package it.cassetto.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultiRowInsertTest {

    @Test
    void oneStatementInsertsManyRows() {
        MultiRowInsert insert = new MultiRowInsert(null, "payment", "id, position_id, amount", 500);
        assertThat(insert.sql(3)).isEqualTo("INSERT INTO payment (id, position_id, amount) VALUES (?,?,?),(?,?,?),(?,?,?)");
    }

    @Test
    void generatedPersonalCodes_followTheNameRules() {
        assertThat(FiscalCodes.personCode("Rossi", "Mario", false, LocalDate.of(1975, 3, 12), "H501"))
                .isEqualTo("RSSMRA75C12H501H");
        assertThat(FiscalCodes.personCode("Ferrari", "Lucia", true, LocalDate.of(1982, 7, 25), "F205"))
                .isEqualTo("FRRLCU82L65F205L");
        assertThat(FiscalCodes.namePart("Gianfranco")).isEqualTo("GFR");
        assertThat(FiscalCodes.surnamePart("Fo")).isEqualTo("FOX");
    }

    @Test
    void aClashingPersonalCode_isNeverHandedOutTwice() {
        FiscalCodes codes = new FiscalCodes(new Random(1));
        codes.reserve("RSSMRA75C12H501H");
        assertThat(codes.person("Rossi", "Mario", false, LocalDate.of(1975, 3, 12), "H501"))
                .isNotEqualTo("RSSMRA75C12H501H").startsWith("RSSMRA75C13H501");
    }
}
