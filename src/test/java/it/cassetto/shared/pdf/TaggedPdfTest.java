package it.cassetto.shared.pdf;

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

class TaggedPdfTest {

    private static final String PAGE = """
            <html xmlns="http://www.w3.org/1999/xhtml" lang="it" xml:lang="it">
            <head><title>Modulo di prova</title>
            <style>* { font-family: 'DejaVu Sans Condensed'; } th { font-weight: bold; text-align: left; }</style>
            </head>
            <body>
            <h1>Modulo di delega</h1>
            <p>Il sottoscritto dichiara quanto segue, con lettere accentate: àèéìòù.</p>
            <table><thead><tr><th scope="col">Posizione</th><th scope="col">Ambito</th></tr></thead>
            <tbody><tr><td>7001000005</td><td>Consultazione e invio</td></tr></tbody></table>
            </body></html>
            """;

    @Test
    void aRenderedPage_isValidPdfA3u_andPdfUa1_forVeraPdf() throws Exception {
        byte[] pdf = TaggedPdf.render(PAGE);

        assertThat(VeraPdf.failures(pdf, VeraPdf.PDF_A_3U)).isEmpty();
        assertThat(VeraPdf.failures(pdf, VeraPdf.PDF_UA_1)).isEmpty();
    }

    @Test
    void thePortalsFont_hasNoGlyphSubstitutions_andKeepsEveryOtherTable_inASortedDirectory() throws Exception {
        byte[] original;
        try (InputStream in = TaggedPdf.class.getResourceAsStream("/it/cassetto/shared/pdf/fonts/DejaVuSansCondensed.ttf")) {
            original = in.readAllBytes();
        }
        byte[] changed = TaggedPdf.withoutGlyphSubstitution(original);

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
        try (InputStream regular = TaggedPdf.regularFont()) {
            assertThat(regular.readAllBytes()).as("the font the renderer and the dossier's footers use").isEqualTo(changed);
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
