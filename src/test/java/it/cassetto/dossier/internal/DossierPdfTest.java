package it.cassetto.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class DossierPdfTest {

    @Test
    void thisPdfBox_letsAPartEmbedItsFontSubsetsWithoutBeingSaved() throws Exception {
        try (PDDocument document = new PDDocument()) {
            assertThat(DossierPdf.subsetFonts(document))
                    .as("else every part is saved and read back: correct, but slower (see DossierPdf.render)")
                    .isTrue();
        }
    }
}
