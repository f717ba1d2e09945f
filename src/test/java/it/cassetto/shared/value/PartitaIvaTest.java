package it.cassetto.shared.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartitaIvaTest {

    @Test
    void aPartitaIvaWithItsCheckDigit_isValid() {
        assertThat(PartitaIva.isValid("00743110157")).isTrue();
        assertThat(PartitaIva.isValid("12345678903")).isTrue();
    }

    @Test
    void aWrongCheckDigit_isInvalid() {
        assertThat(PartitaIva.isValid("12345678901")).isFalse();
    }

    @Test
    void lettersOrWrongLength_areInvalid() {
        assertThat(PartitaIva.isValid("1234567890")).isFalse();
        assertThat(PartitaIva.isValid("1234567890A")).isFalse();
        assertThatThrownBy(() -> PartitaIva.of("123")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAllZeroNumber_isInvalid() {
        assertThat(PartitaIva.isValid("00000000000")).isFalse();
    }

    @Test
    void aMatricolaHasTenDigits() {
        assertThat(Matricola.isValid("7001000005")).isTrue();
        assertThat(Matricola.isValid("700100000")).isFalse();
        assertThat(Matricola.isValid("70010000AB")).isFalse();
    }
}
