package it.cassetto.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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

    @Test
    void theDossiersFont_hasNoGlyphSubstitutions_andKeepsEveryOtherTable_inASortedDirectory() throws Exception {
        byte[] original;
        try (InputStream in = DossierPdf.class.getResourceAsStream("/it/cassetto/dossier/fonts/DejaVuSansCondensed.ttf")) {
            original = in.readAllBytes();
        }
        byte[] changed = DossierPdf.withoutGlyphSubstitution(original);

        assertThat(tags(original)).contains("GSUB");
        List<String> tags = tags(changed);
        assertThat(tags).doesNotContain("GSUB").contains("GSUZ", "glyf", "cmap", "hmtx").isSorted()
                .hasSameSizeAs(tags(original));
        assertThat(changed).hasSameSizeAs(original);
        try (TrueTypeFont font = new OTFParser().parse(new RandomAccessReadBuffer(changed));
             PDDocument document = new PDDocument()) {
            assertThat(font.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
            PDType0Font pdf = PDType0Font.load(document, font, true);
            assertThat(pdf.getStringWidth("Versamenti F24 e Banca d'Italia")).isPositive();
        }
        try (InputStream regular = DossierPdf.regularFont()) {
            assertThat(regular.readAllBytes()).as("the font the parts and footers use").isEqualTo(changed);
        }
    }

    private static List<String> tags(byte[] ttf) {
        int tables = ((ttf[4] & 0xFF) << 8) | (ttf[5] & 0xFF);
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < tables; i++) {
            tags.add(new String(ttf, 12 + 16 * i, 4, StandardCharsets.US_ASCII));
        }
        return tags;
    }
}
