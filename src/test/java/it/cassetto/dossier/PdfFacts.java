package it.cassetto.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;

/** What the tests check in a printed dossier, read back with PDFBox. */
public record PdfFacts(int pages, String text, List<String> pageTexts, Integer pdfaPart, String pdfaConformance,
                       String language, boolean marked, boolean hasStructureTree, boolean allFontsEmbedded,
                       String title, String xmp) {

    public static PdfFacts read(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            Integer part = null;
            String conformance = null;
            PDMetadata metadata = catalog.getMetadata();
            String rawXmp = "";
            if (metadata != null) {
                rawXmp = new String(metadata.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
                DomXmpParser parser = new DomXmpParser();
                parser.setStrictParsing(false);
                XMPMetadata xmp = parser.parse(metadata.toByteArray());
                PDFAIdentificationSchema pdfa = xmp.getPDFAIdentificationSchema();
                if (pdfa != null) {
                    part = pdfa.getPart();
                    conformance = pdfa.getConformance();
                }
            }
            boolean embedded = true;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    embedded &= font.isEmbedded();
                }
            }
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pageTexts = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pageTexts.add(stripper.getText(document));
            }
            return new PdfFacts(document.getNumberOfPages(), String.join("\n", pageTexts), pageTexts, part,
                    conformance, catalog.getLanguage(), catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(),
                    catalog.getStructureTreeRoot() != null, embedded, document.getDocumentInformation().getTitle(), rawXmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
