package it.cassetto.dossier.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import java.awt.color.ICC_Profile;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders the dossier's XHTML to an archival, accessible PDF with openhtmltopdf on PDFBox: PDF/A-3u (sRGB
 * output intent, every font embedded: DejaVu Sans Condensed, Bitstream Vera licence, see
 * {@code fonts/LICENSE-DejaVu.txt}), tagged for PDF/UA with its reading order, document language Italian.
 */
public final class DossierPdf {

    /** The font family every style of the dossier uses. */
    public static final String FONT_FAMILY = "DejaVu Sans Condensed";
    /** The language of the document (PDF catalog /Lang and html lang). */
    public static final String LANGUAGE = "it";
    private static final String FONTS = "/it/cassetto/dossier/fonts/";

    private DossierPdf() {
    }

    /** Told how the rendering advances: once when the pages are laid out, then after each page written. */
    public interface PageListener {
        PageListener NONE = (written, total) -> { };

        /** {@code written} pages of {@code total} are written (0 when the layout is done). */
        void pages(int written, int total);
    }

    /** Writes the PDF of the XHTML file to the stream (left open) and returns its number of pages. */
    public static int render(File xhtml, OutputStream out) {
        return render(xhtml, out, PageListener.NONE);
    }

    /**
     * Writes the PDF of the XHTML file to the stream (left open), telling the listener how the pages advance,
     * and returns its number of pages.
     */
    public static int render(File xhtml, OutputStream out, PageListener listener) {
        AtomicInteger pages = new AtomicInteger();
        AtomicInteger laidOut = new AtomicInteger();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U)
                .usePdfUaAccessibility(true)
                .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())
                .useFont(() -> font("DejaVuSansCondensed.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(() -> font("DejaVuSansCondensed-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                .withProducer("Cassetto previdenziale (openhtmltopdf, Apache PDFBox)")
                // Page content streams go to temporary files, not the heap: a 10,000-row dossier stays bounded.
                .usePDDocument(new PDDocument(IOUtils.createTempFileOnlyStreamCache()))
                // The default page supplier, telling the listener that the previous page is written.
                .usePageSupplier((document, width, height, pageNumber, shadowPageNumber) -> {
                    if (shadowPageNumber < 0 && pageNumber > 0) {
                        listener.pages(pageNumber, laidOut.get());
                    }
                    PDPage page = new PDPage(new PDRectangle(width, height));
                    document.addPage(page);
                    return page;
                })
                .withFile(xhtml)
                .toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.setListener(new PDFCreationListener() {
                @Override
                public void preOpen(PdfBoxRenderer r) {
                }

                @Override
                public void preWrite(PdfBoxRenderer r, int pageCount) {
                    pages.set(pageCount);
                    r.getPdfDocument().getDocumentCatalog().setLanguage(LANGUAGE);
                }

                @Override
                public void onClose(PdfBoxRenderer r) {
                }
            });
            renderer.layout();
            laidOut.set(renderer.getRootBox().getLayer().getPages().size());
            listener.pages(0, laidOut.get());
            renderer.createPDF();
            listener.pages(laidOut.get(), laidOut.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages.get();
    }

    private static InputStream font(String name) {
        InputStream in = DossierPdf.class.getResourceAsStream(FONTS + name);
        if (in == null) {
            throw new IllegalStateException("Missing font " + name);
        }
        return in;
    }
}
