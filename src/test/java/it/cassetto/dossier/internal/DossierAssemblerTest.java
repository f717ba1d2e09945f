package it.cassetto.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.cassetto.dossier.DossierProgress;
import it.cassetto.dossier.PdfFacts;
import it.cassetto.position.Section;
import it.cassetto.shared.value.PeriodRange;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class DossierAssemblerTest {

    @Test
    void aDossier_isAnItalianTaggedPdfA3u_withContentsPageNumbersTotalsAndTheDigestInEveryFooter() throws Exception {
        GeneratedDossierSource source = new GeneratedDossierSource(250);
        List<DossierProgress> progress = new ArrayList<>();
        DossierAssembler.Result result = new DossierAssembler(DossierBodyTest.ITALIAN, GeneratedDossierSource::columns)
                .assemble(source, new DossierDocument.Cover(source.position(), "Giulia Bianchi (intermediario)",
                        ZonedDateTime.of(2026, 11, 23, 15, 4, 5, 0, ZoneId.of("Europe/Rome")), PeriodRange.ANY),
                        "5|2026-11-23T14:04:05Z|intermediario\n", progress::add);
        try {
            PdfFacts pdf = PdfFacts.read(result.pdf());
            assertThat(pdf.pages()).isEqualTo(result.pageCount()).isGreaterThan(5);
            assertThat(pdf.pdfaPart()).isEqualTo(3);
            assertThat(pdf.pdfaConformance()).isEqualTo("U");
            assertThat(pdf.xmp()).as("PDF/UA identification").contains("pdfuaid");
            assertThat(pdf.language()).isEqualTo("it");
            assertThat(pdf.marked()).isTrue();
            assertThat(pdf.hasStructureTree()).isTrue();
            assertThat(pdf.allFontsEmbedded()).isTrue();
            assertThat(pdf.title()).startsWith("Fascicolo aziendale 7001000005");
            for (String heading : List.of("Anagrafica e inquadramento", "Versamenti F24 e Banca d'Italia",
                    "Note di rettifica", "Piani di ammortamento", "DMA e UniEmens ListaPosPA", "Note di debito",
                    "Note di debito ECA", "Deleghe in vigore", "Indice")) {
                assertThat(pdf.text()).contains(heading);
            }
            assertThat(pdf.pageTexts().get(1)).contains("Indice").containsPattern("Versamenti F24 e Banca d'Italia[ .]*\\d+");
            assertThat(pdf.text()).contains("Totale righe 250").contains("Trattoria \"Da Enzo\" & <Figli>");
            for (int page = 1; page <= pdf.pages(); page++) {
                assertThat(pdf.pageTexts().get(page - 1)).contains("pagina " + page + " di " + pdf.pages())
                        .contains(result.contentSha256());
            }
            byte[] bytes = Files.readAllBytes(result.pdf());
            assertThat(result.byteSize()).isEqualTo(bytes.length);
            assertThat(result.fileSha256()).isEqualTo(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(bytes)));
            assertThat(result.rows()).containsEntry(Section.PAYMENTS, 250L);
            assertThat(progress.get(progress.size() - 1).stage()).isEqualTo(DossierProgress.Stage.DONE);
            assertThat(progress).extracting(DossierProgress::fraction).isSorted();
        } finally {
            Files.deleteIfExists(result.pdf());
        }
    }
}
