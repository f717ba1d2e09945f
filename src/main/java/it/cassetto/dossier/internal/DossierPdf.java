package it.cassetto.dossier.internal;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import it.cassetto.shared.pdf.TaggedPdf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Renders one part of the dossier's XHTML to an archival, accessible PDF with openhtmltopdf on PDFBox, set up by
 * {@link TaggedPdf#builder()} (PDF/A-3u, tagged for PDF/UA, DejaVu Sans Condensed embedded), document language
 * Italian, on pages from {@link IndexedPropertiesPages}. A
 * part is rendered once ({@link #render}: its document, pages, and the page of each section heading), without
 * page numbers: {@link PageFooters} adds them when the parts are joined by {@link TaggedPdfConcatenation}.
 * Only the title page is also laid out alone first ({@link #layout}), to learn its pages.
 */
public final class DossierPdf {

    /** The font family every style of the dossier uses. */
    public static final String FONT_FAMILY = TaggedPdf.FONT_FAMILY;
    /** The language of the document (PDF catalog /Lang and html lang). */
    public static final String LANGUAGE = "it";
    private static final IndexedPropertiesPages PAGES = new IndexedPropertiesPages();

    /** A part laid out: its pages, and the page (1-based, within the part) of each element id asked for. */
    public record Layout(int pages, Map<String, Integer> pageOf) {
    }

    private DossierPdf() {
    }

    /** Lays out a part without writing it: its pages and the page of each of the given element ids found. */
    public static Layout layout(String xhtml, Collection<String> ids) {
        try (PdfBoxRenderer renderer = builder(xhtml)
                .usePDDocument(new PDDocument(IOUtils.createTempFileOnlyStreamCache()))
                .buildPdfRenderer()) {
            renderer.layout();
            return layoutOf(renderer, ids);
        }
    }

    private static Layout layoutOf(PdfBoxRenderer renderer, Collection<String> ids) {
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        Map<String, Integer> pageOf = new HashMap<>();
        Map<String, Box> boxes = renderer.getSharedContext().getIdMap();
        for (String id : ids) {
            Box box = boxes.get(id);
            if (box != null) {
                pageOf.put(id, pageAt(pages, box.getAbsY()));
            }
        }
        return new Layout(pages.size(), Map.copyOf(pageOf));
    }

    /**
     * A rendered part, never saved: its document (close it once copied), its pages, and the page (1-based,
     * within the part) of each element id asked for.
     */
    public record Rendered(PDDocument document, int pages, Map<String, Integer> pageOf) implements AutoCloseable {

        @Override
        public void close() {
            try {
                document.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Renders a part into a document that is never saved, for {@link TaggedPdfConcatenation#append(PDDocument)},
     * with the page of each of the given element ids found; its fonts' subsets are embedded.
     */
    public static Rendered render(String xhtml, Collection<String> ids) {
        PDDocument target = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        try (PdfBoxRenderer renderer = builder(xhtml).usePDDocument(target).buildPdfRenderer()) {
            renderer.layout();
            Layout layout = layoutOf(renderer, ids);
            int pages = layout.pages();
            PDDocument document = renderer.createPDFKeepOpen();
            document.getDocumentCatalog().setLanguage(LANGUAGE);
            if (subsetFonts(document)) {
                return new Rendered(document, pages, layout.pageOf());
            }
            // PDFBox embeds the fonts' subsets when it saves: save the part, and hand over the saved one.
            Path saved = Files.createTempFile("cassetto-dossier-", ".part.pdf");
            try (document) {
                document.save(saved.toFile());
                return new Rendered(Loader.loadPDF(Files.readAllBytes(saved)), pages, layout.pageOf());
            } finally {
                Files.deleteIfExists(saved);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfRendererBuilder builder(String xhtml) {
        return TaggedPdf.builder()
                .usePageSupplier(PAGES)
                .withHtmlContent(xhtml, null);
    }

    /**
     * Embeds the subsets of the part's fonts, as {@code PDDocument.save} does first, so that the part can be
     * copied without being saved; false if this PDFBox does not allow it (then the part must be saved).
     */
    @SuppressWarnings("unchecked")
    static boolean subsetFonts(PDDocument document) {
        try {
            Method fontsToSubset = PDDocument.class.getDeclaredMethod("getFontsToSubset");
            fontsToSubset.setAccessible(true);
            Set<PDFont> fonts = (Set<PDFont>) fontsToSubset.invoke(document);
            for (PDFont font : fonts) {
                font.subset();
            }
            fonts.clear();
            return true;
        } catch (ReflectiveOperationException | RuntimeException | IOException notThisWay) {
            return false;
        }
    }

    private static int pageAt(List<PageBox> pages, int y) {
        for (int i = 0; i < pages.size(); i++) {
            if (y < pages.get(i).getBottom()) {
                return i + 1;
            }
        }
        return pages.size();
    }
}
