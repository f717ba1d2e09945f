package it.cassetto.request.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.cassetto.request.AttachmentArchiveInfo;
import it.cassetto.request.RequestStatus;
import it.cassetto.shared.pdf.VeraPdf;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReceiptPdfTest {

    @Test
    void theReceipt_saysWhatWasSent_andIsAnArchivalAccessiblePdf() throws Exception {
        RequestStore.RequestRow request = new RequestStore.RequestRow(7, "INPS.7001.2026.0000042", 5, 1, "7001000005",
                "Trattoria \"Da Enzo\" & <Figli>", "UNIEMENS", "Note di rettifica UniEmens", RequestStatus.OPEN,
                false, null, LocalDate.of(2026, 12, 7), false, "studio@example.it", null, true, false,
                "Chiediamo la verifica della nota.\nSeconda riga: àèéìòù <script>", null, null, "intermediario",
                "Giulia Bianchi", Instant.parse("2026-11-23T14:04:05Z"), LocalDate.of(2026, 11, 23), null, null);
        List<AttachmentArchiveInfo> archives = List.of(new AttachmentArchiveInfo(1, 1, "allegati.zip", 2048,
                List.of(new AttachmentArchiveInfo.AttachedFile("1.pdf", "nota di rettifica.pdf", "application/pdf", 1500))));

        byte[] pdf = ReceiptPdf.render(request, archives);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document))
                    .contains("INPS.7001.2026.0000042", "23/11/2026 15:04", "Trattoria \"Da Enzo\" & <Figli>",
                            "Note di rettifica UniEmens", "Giulia Bianchi", "studio@example.it", "07/12/2026",
                            "Seconda riga: àèéìòù <script>", "nota di rettifica.pdf (application/pdf, 1500 byte)");
        }
        assertThat(VeraPdf.failures(pdf, VeraPdf.PDF_A_3U)).isEmpty();
        assertThat(VeraPdf.failures(pdf, VeraPdf.PDF_UA_1)).isEmpty();
    }
}
