package it.cassetto.dossier.internal;

import java.io.IOException;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Makes the entries of the dossier's contents links to their sections. The title page and contents are rendered
 * alone, after the sections, so openhtmltopdf cannot link them itself: each entry is written as a link to the
 * address {@code cassetto-section:ANCHOR} (openhtmltopdf makes it a link annotation, tagged as a {@code Link}
 * structure element), and {@link #point} turns its action into a destination, the section's first page, which
 * is already in the output; the annotation's description (PDF/UA) names the section and the page.
 */
final class ContentsLinks {

    /** The address of a contents entry: this, then the anchor of the section heading. */
    static final String SCHEME = "cassetto-section:";

    private ContentsLinks() {
    }

    /**
     * Points every contents link of the document at the page of its section; {@code pageObject} gives the
     * output's page object for a page number (1-based, of the whole dossier). Returns how many links it pointed.
     */
    static int point(PDDocument contents, Map<String, DossierDocument.TocEntry> entries, String pageLabel,
                     IntFunction<COSBase> pageObject) throws IOException {
        int pointed = 0;
        for (PDPage page : contents.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI address
                        && address.getURI() != null && address.getURI().startsWith(SCHEME)) {
                    DossierDocument.TocEntry entry = entries.get(address.getURI().substring(SCHEME.length()));
                    if (entry == null) {
                        throw new IllegalStateException("A contents link to an unknown section: " + address.getURI());
                    }
                    COSArray destination = new COSArray();
                    destination.add(pageObject.apply(entry.page()));
                    destination.add(COSName.getPDFName("Fit"));
                    link.getCOSObject().removeItem(COSName.A);
                    link.getCOSObject().setItem(COSName.DEST, destination);
                    link.setContents(entry.title() + ", " + pageLabel + " " + entry.page());
                    pointed++;
                }
            }
        }
        return pointed;
    }
}
