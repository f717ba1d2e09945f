package it.cassetto.shared.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small documents (forms, receipts) as archival, accessible PDFs: an XHTML page rendered by openhtmltopdf on
 * PDFBox as PDF/A-3u, tagged for PDF/UA, document language Italian, DejaVu Sans Condensed embedded (Bitstream
 * Vera licence, see {@code fonts/LICENSE-DejaVu.txt}). Values are escaped by {@link #escape(String)} before they
 * go into a template; no coordinates are placed by hand.
 */
public final class TaggedPdf {

    /** The font family the templates use. */
    public static final String FONT_FAMILY = "DejaVu Sans Condensed";
    private static final String FONTS = "/it/cassetto/shared/pdf/fonts/";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** The font files, read once. */
    private static final Map<String, byte[]> FONT_FILES = new ConcurrentHashMap<>();

    static {
        PdfRendererLog.install();
    }

    private TaggedPdf() {
    }

    /**
     * Renders a template from the class path ({@code {{name}}} placeholders replaced by already-escaped values)
     * and returns the PDF's bytes.
     */
    public static byte[] renderTemplate(Class<?> owner, String resource, Map<String, String> escapedValues) {
        String page;
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing template " + resource);
            }
            page = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Map.Entry<String, String> value : escapedValues.entrySet()) {
            page = page.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        if (page.contains("{{")) {
            throw new IllegalStateException("Unfilled placeholder in " + resource);
        }
        return render(page);
    }

    /** Renders a complete XHTML page (with {@code <html lang="it">} and a {@code <title>}) to PDF bytes. */
    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        PdfRendererBuilder builder = builder().withHtmlContent(xhtml, null).toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.setListener(new PDFCreationListener() {
                @Override
                public void preOpen(PdfBoxRenderer r) {
                }

                @Override
                public void preWrite(PdfBoxRenderer r, int pageCount) {
                    r.getPdfDocument().getDocumentCatalog().setLanguage("it");
                }

                @Override
                public void onClose(PdfBoxRenderer r) {
                }
            });
            renderer.layout();
            renderer.createPDF();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A renderer builder set up as every PDF of the portal is: PDF/A-3u with the sRGB output intent, tagged for
     * PDF/UA, DejaVu Sans Condensed regular and bold (family {@link #FONT_FAMILY}) embedded as subsets; the
     * caller adds the content (and, for a big document, where it goes).
     */
    public static PdfRendererBuilder builder() {
        return new PdfRendererBuilder()
                .useFastMode()
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U)
                .usePdfUaAccessibility(true)
                .useColorProfile(SRGB)
                .useFont(TaggedPdf::regularFont, FONT_FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(() -> font("DejaVuSansCondensed-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                .withProducer("Cassetto previdenziale (openhtmltopdf, Apache PDFBox)");
    }

    /** The regular face of {@link #FONT_FAMILY}, as the renderer gets it, in a new stream. */
    public static InputStream regularFont() {
        return font("DejaVuSansCondensed.ttf");
    }

    /** Escapes text for XHTML content and attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static InputStream font(String name) {
        return new ByteArrayInputStream(FONT_FILES.computeIfAbsent(name, TaggedPdf::readFont));
    }

    private static byte[] readFont(String name) {
        try (InputStream in = TaggedPdf.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + name);
            }
            return withoutGlyphSubstitution(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font file with its glyph substitution table ({@code GSUB}) renamed {@code GSUZ}, a tag no reader
     * knows, in the same place of the sorted table directory. PDFBox applies a font's substitutions to every
     * text it writes, compiling regular expressions each time (an eighth of a big dossier's printing); for the
     * portal's Latin text DejaVu's substitutions change nothing, and copying the text out of the PDF is simpler
     * without ligatures.
     */
    static byte[] withoutGlyphSubstitution(byte[] ttf) {
        byte[] copy = ttf.clone();
        int tables = ((copy[4] & 0xFF) << 8) | (copy[5] & 0xFF);
        for (int i = 0; i < tables; i++) {
            int tag = 12 + 16 * i;
            if (copy[tag] == 'G' && copy[tag + 1] == 'S' && copy[tag + 2] == 'U' && copy[tag + 3] == 'B') {
                copy[tag + 3] = 'Z';
            }
        }
        return copy;
    }}
