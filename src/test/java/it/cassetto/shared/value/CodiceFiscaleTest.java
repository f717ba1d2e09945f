package it.cassetto.shared.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodiceFiscaleTest {

    @ParameterizedTest
    @ValueSource(strings = {"RSSMRA75C12H501H", "FRRLCU82L65F205L", "BNCGLI79S43L219T", "SPSPLA90E18F839A",
            "RMNNNA85B49A944A", "GRCLCU88T01A662K", "CLMMRC70P30D612A"})
    void theDemoUsersFiscalCodes_areValid(String code) {
        assertThat(CodiceFiscale.isValid(code)).isTrue();
    }

    @Test
    void aWrongCheckCharacter_isInvalid() {
        assertThat(CodiceFiscale.isValid("RSSMRA75C12H501A")).isFalse();
    }

    @Test
    void aSwappedDigit_isInvalid() {
        assertThat(CodiceFiscale.isValid("RSSMRA57C12H501H")).isFalse();
    }

    @Test
    void lowerCaseAndSpaces_areNormalised() {
        assertThat(CodiceFiscale.of(" rssmra75c12h501h ").value()).isEqualTo("RSSMRA75C12H501H");
    }

    @Test
    void anOmocodiaVariantWithItsOwnCheckCharacter_isValid() {
        String first15 = "RSSMRA75C12H50M";
        assertThat(CodiceFiscale.isValid(first15 + CodiceFiscale.checkCharacter(first15))).isTrue();
    }

    @Test
    void anElevenDigitCode_isCheckedAsAnEntitysCode() {
        String first10 = "8001234567";
        String valid = first10 + PartitaIva.checkDigit(first10);
        assertThat(CodiceFiscale.of(valid).isPerson()).isFalse();
        assertThat(CodiceFiscale.isValid(first10 + (PartitaIva.checkDigit(first10) + 1) % 10)).isFalse();
    }

    @Test
    void anImpossibleMonthLetter_isInvalid() {
        String first15 = "RSSMRA75Z12H501";
        assertThat(CodiceFiscale.isValid(first15 + "A")).isFalse();
    }

    @Test
    void anInvalidCode_cannotBeConstructed() {
        assertThatThrownBy(() -> CodiceFiscale.of("RSSMRA75C12H501")).isInstanceOf(IllegalArgumentException.class);
        assertThat(CodiceFiscale.isValid(null)).isFalse();
    }
}
