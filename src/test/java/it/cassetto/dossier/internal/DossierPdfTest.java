package it.cassetto.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.cassetto.shared.pdf.TaggedPdf;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class DossierPdfTest {

    @Test
    void thisPdfBox_letsAPartEmbedItsFontSubsetsWithoutBeingSaved() throws Exception {
        try (PDDocument document = new PDDocument(); InputStream file = TaggedPdf.regularFont()) {
            PDType0Font font = PDType0Font.load(document, file, true);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 10);
                content.showText("Fascicolo aziendale");
                content.endText();
            }
            assertThat(font.getDescendantFont().getFontDescriptor().getFontFile2()).as("not embedded yet").isNull();

            assertThat(DossierPdf.subsetFonts(document))
                    .as("else every part is saved and read back: correct, but slower (see DossierPdf.render)")
                    .isTrue();
            assertThat(font.getDescendantFont().getFontDescriptor().getFontFile2()).as("the subset, embedded").isNotNull();
            assertThat(font.getName()).as("a subset's name has a tag").matches("[A-Z]{6}\\+.*");
        }
    }
}
