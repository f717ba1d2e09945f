package it.cassetto.dossier.internal;

import it.cassetto.shared.pdf.TaggedPdf;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * The "pagina N di M" at the bottom right of every page of a dossier. The parts are rendered (each once, and
 * ahead of their turn) before the dossier's page count is known, so the number is not in their XHTML: when a
 * part is joined, {@link #stamp} gives each of its pages a pagination artifact that draws a form XObject whose
 * object number is reserved in the output, and {@link #writeAll}, once every page is joined, writes those forms
 * with the text "pagina N di M" (DejaVu Sans Condensed, subset, embedded once for all of them).
 */
final class PageFooters {

    private static final float POINTS_PER_MM = 72f / 25.4f;
    private static final float FONT_SIZE = 8f;
    /** From the right edge of the page: the page's right margin (dossier.xhtml). */
    private static final float RIGHT = 13 * POINTS_PER_MM;
    /** From the bottom edge: the bottom margin less the footer's top padding, less the text's ascent. */
    private static final float BASELINE = (18 - 4) * POINTS_PER_MM - 0.93f * FONT_SIZE - 1.5f;
    private static final float GREY = 0x33 / 255f;

    private record Footer(int object, int page, PDRectangle box) {
    }

    private final TaggedPdfConcatenation joined;
    private final String pageLabel;
    private final String ofLabel;
    private final List<Footer> footers = new ArrayList<>();

    PageFooters(TaggedPdfConcatenation joined, String pageLabel, String ofLabel) {
        this.joined = joined;
        this.pageLabel = pageLabel;
        this.ofLabel = ofLabel;
    }

    /** Gives the pages of a part about to be joined their footer; the first of them is page {@code firstPage}. */
    void stamp(PDDocument part, int firstPage) throws IOException {
        int number = firstPage;
        for (PDPage page : part.getPages()) {
            int object = joined.reserveObject();
            PDFormXObject footer = new PDFormXObject(joined.placeholder(object));
            try (PDPageContentStream content = new PDPageContentStream(part, page, AppendMode.APPEND, true, true)) {
                COSDictionary artifact = new COSDictionary();
                artifact.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
                artifact.setItem(COSName.SUBTYPE, COSName.getPDFName("Footer"));
                content.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(artifact));
                content.drawForm(footer);
                content.endMarkedContent();
            }
            footers.add(new Footer(object, number++, page.getMediaBox()));
        }
    }

    /** Writes the footers of every page stamped, now that the dossier has {@code pageCount} pages. */
    void writeAll(int pageCount) throws IOException {
        try (PDDocument document = new PDDocument(IOUtils.createMemoryOnlyStreamCache());
             InputStream fontFile = TaggedPdf.regularFont()) {
            PDType0Font font = PDType0Font.load(document, fontFile, true);
            Map<COSStream, Integer> forms = new LinkedHashMap<>();
            for (Footer footer : footers) {
                PDFormXObject form = new PDFormXObject(document);
                form.setBBox(footer.box());
                form.setResources(new PDResources());
                String text = pageLabel + " " + footer.page() + " " + ofLabel + " " + pageCount;
                float width = font.getStringWidth(text) / 1000 * FONT_SIZE;
                try (PDFormContentStream content = new PDFormContentStream(form)) {
                    content.beginText();
                    content.setFont(font, FONT_SIZE);
                    content.setNonStrokingColor(GREY, GREY, GREY);
                    content.newLineAtOffset(footer.box().getUpperRightX() - RIGHT - width,
                            footer.box().getLowerLeftY() + BASELINE);
                    content.showText(text);
                    content.endText();
                }
                forms.put(form.getCOSObject(), footer.object());
            }
            // A form's content stream does not register the font with the document for subsetting: do it here.
            font.subset();
            joined.writeReserved(forms);
        }
    }
}
