package it.cassetto.position;

import static org.assertj.core.api.Assertions.assertThat;

import it.cassetto.position.internal.SectionDefinition;
import it.cassetto.position.internal.SectionDefinitions;
import it.cassetto.shared.security.DelegationScope;
import it.cassetto.shared.security.DelegationStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SectionLabelsTest {

    /** Every code a CODE column can hold in the demo data or the enums. */
    static List<String> everyCode() {
        List<String> codes = new ArrayList<>(List.of("F24", "BANCA_ITALIA", "SISTEMAZIONE", "REGOLARIZZAZIONE",
                "PENSION_BENEFIT", "TFS", "DMA", "LISTAPOSPA", "UNIEMENS", "BLOCKING", "WARNING", "PAID", "DUE",
                "OVERDUE"));
        for (Section section : Section.values()) {
            if (section.isList()) {
                codes.addAll(SectionDefinitions.of(section).statuses());
            }
        }
        Stream.of(PositionKind.values()).forEach(k -> codes.add(k.name()));
        Stream.of(PositionStatus.values()).forEach(k -> codes.add(k.name()));
        Stream.of(DelegationScope.values()).forEach(k -> codes.add(k.name()));
        Stream.of(DelegationStatus.values()).forEach(k -> codes.add(k.name()));
        return codes;
    }

    @ParameterizedTest
    @ValueSource(strings = {"it", "en"})
    void everySectionColumnAndCode_hasALabel(String language) {
        ResourceBundle labels = PositionSectionService.labels(Locale.forLanguageTag(language));
        for (Section section : Section.values()) {
            assertThat(labels.containsKey(section.labelKey())).as(section.labelKey()).isTrue();
            if (section.isList()) {
                SectionDefinition definition = SectionDefinitions.of(section);
                Stream.concat(definition.apiColumns().stream(), definition.apiChildColumns().stream())
                        .forEach(c -> assertThat(labels.containsKey(c.labelKey())).as(c.labelKey()).isTrue());
            }
        }
        for (String code : everyCode()) {
            assertThat(labels.containsKey("code." + code)).as(code).isTrue();
        }
    }

    @Test
    void italianIsTheBaseBundle_evenOnAnEnglishJvm() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(PositionSectionService.labels(Locale.ITALIAN).getString("section.payments"))
                    .isEqualTo("Versamenti F24 e Banca d'Italia");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void csvCells_translateCodesAndFormatValuesTheItalianWay() {
        SectionDefinition payments = SectionDefinitions.of(Section.PAYMENTS);
        SectionRow row = new SectionRow(1, List.of(LocalDate.of(2026, 2, 16), "BANCA_ITALIA", "P101",
                YearMonth.of(2026, 1), new BigDecimal("25310.40"), "Banca d'Italia - Tesoreria dello Stato"));
        assertThat(PositionSectionService.cells(payments, row, PositionSectionService.labels(Locale.ITALIAN)))
                .containsExactly("16/02/2026", "Banca d'Italia", "P101", "01/2026", "25.310,40",
                        "Banca d'Italia - Tesoreria dello Stato");
    }
}
