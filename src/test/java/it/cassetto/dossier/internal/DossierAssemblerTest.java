package it.cassetto.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.cassetto.dossier.DossierProgress;
import it.cassetto.dossier.PdfFacts;
import it.cassetto.dossier.ProgressListener;
import it.cassetto.position.Section;
import it.cassetto.shared.pdf.VeraPdf;
import it.cassetto.shared.value.PeriodRange;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

class DossierAssemblerTest {

    @Test
    void aDossier_isAnItalianTaggedPdfA3u_withContentsPageNumbersTotalsAndTheDigestInEveryFooter() throws Exception {
        GeneratedDossierSource source = new GeneratedDossierSource(250);
        List<DossierProgress> progress = new ArrayList<>();
        DossierAssembler.Result result = new DossierAssembler(DossierBodyTest.ITALIAN, GeneratedDossierSource::columns)
                .assemble(source, new DossierDocument.Cover(source.position(), "Giulia Bianchi (intermediario)",
                        ZonedDateTime.of(2026, 11, 23, 15, 4, 5, 0, ZoneId.of("Europe/Rome")), PeriodRange.ANY),
                        "5|2026-11-23T14:04:05Z|intermediario\n", progress::add);
        try {
            PdfFacts pdf = PdfFacts.read(result.pdf());
            assertThat(pdf.pages()).isEqualTo(result.pageCount()).isGreaterThan(5);
            assertThat(pdf.pdfaPart()).isEqualTo(3);
            assertThat(pdf.pdfaConformance()).isEqualTo("U");
            assertThat(pdf.xmp()).as("PDF/UA identification").contains("pdfuaid");
            assertThat(pdf.language()).isEqualTo("it");
            assertThat(pdf.marked()).isTrue();
            assertThat(pdf.hasStructureTree()).isTrue();
            assertThat(pdf.allFontsEmbedded()).isTrue();
            assertThat(pdf.title()).startsWith("Fascicolo aziendale 7001000005");
            for (String heading : List.of("Anagrafica e inquadramento", "Versamenti F24 e Banca d'Italia",
                    "Note di rettifica", "Piani di ammortamento", "DMA e UniEmens ListaPosPA", "Note di debito",
                    "Note di debito ECA", "Deleghe in vigore", "Richieste aperte e recenti", "Appuntamenti", "Indice")) {
                assertThat(pdf.text()).contains(heading);
            }
            assertThat(pdf.pageTexts().get(1)).contains("Indice").containsPattern("Versamenti F24 e Banca d'Italia[ .]*\\d+")
                    .containsPattern("Richieste aperte e recenti[ .]*\\d+").containsPattern("Appuntamenti[ .]*\\d+");
            assertThat(pdf.text()).contains("INPS.7001.2026.0000001").contains("Non accolta")
                    .contains("Richieste aperte o in carico 2").contains("01/12/2026 09:00-09:30")
                    .contains("Appuntamenti svolti 1");
            assertThat(pdf.text()).contains("Totale righe 250").contains("Trattoria \"Da Enzo\" & <Figli>");
            for (int page = 1; page <= pdf.pages(); page++) {
                assertThat(pdf.pageTexts().get(page - 1)).contains("pagina " + page + " di " + pdf.pages())
                        .contains(result.contentSha256());
            }
            byte[] bytes = Files.readAllBytes(result.pdf());
            assertThat(result.byteSize()).isEqualTo(bytes.length);
            assertThat(result.fileSha256()).isEqualTo(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(bytes)));
            assertThat(result.rows()).containsEntry(Section.PAYMENTS, 250L);
            assertThat(progress.get(progress.size() - 1).stage()).isEqualTo(DossierProgress.Stage.DONE);
            assertThat(progress).extracting(DossierProgress::fraction).isSorted();
        } finally {
            Files.deleteIfExists(result.pdf());
        }
    }

    @Test
    void aBigDossier_isRenderedInParts_withAHelperThread_andJoinedIntoOneTaggedPdf_withOneNumberingContentsAndBookmarks()
            throws Exception {
        int payments = 2 * DossierAssembler.PART_ROWS + 300;
        GeneratedDossierSource source = new GeneratedDossierSource(payments);
        DossierAssembler assembler = new DossierAssembler(DossierBodyTest.ITALIAN, GeneratedDossierSource::columns);
        DossierAssembler.Prepared prepared = assembler.prepare(source, new DossierDocument.Cover(source.position(),
                "Giulia Bianchi (intermediario)", ZonedDateTime.of(2026, 11, 23, 15, 4, 5, 0,
                ZoneId.of("Europe/Rome")), PeriodRange.ANY), "5|2026-11-23T14:04:05Z|intermediario\n",
                ProgressListener.NONE);
        assertThat(prepared.parts()).as("payments continue in a second and third part").hasSize(3);
        List<DossierProgress> progress = new ArrayList<>();
        ExecutorService helper = Executors.newSingleThreadExecutor();
        DossierAssembler.Result result = DossierAssembler.render(prepared, progress::add, helper);
        helper.shutdown();
        try {
            assertThat(prepared.parts()).allSatisfy(part -> assertThat(part).doesNotExist());
            PdfFacts pdf = PdfFacts.read(result.pdf());
            assertThat(pdf.pages()).isEqualTo(result.pageCount());
            for (int page = 1; page <= pdf.pages(); page++) {
                assertThat(pdf.pageTexts().get(page - 1)).contains("pagina " + page + " di " + pdf.pages())
                        .contains(result.contentSha256());
            }
            String contents = pdf.pageTexts().get(1);
            for (String section : List.of("Anagrafica e inquadramento", "Versamenti F24 e Banca d'Italia",
                    "Note di rettifica", "Piani di ammortamento", "DMA e UniEmens ListaPosPA", "Note di debito ECA",
                    "Deleghe in vigore", "Richieste aperte e recenti", "Appuntamenti")) {
                Matcher entry = Pattern.compile(Pattern.quote(section) + "[ .]*(\\d+)").matcher(contents);
                assertThat(entry.find()).as(section + " in the contents").isTrue();
                int page = Integer.parseInt(entry.group(1));
                assertThat(firstPageWith(pdf, section)).as("page of " + section).isEqualTo(page);
            }
            assertThat(pdf.text()).contains("Totale righe " + ItalianFormats.integer(payments));
            assertThat(pdf.pdfaPart()).isEqualTo(3);
            assertThat(pdf.pdfaConformance()).isEqualTo("U");
            assertThat(pdf.xmp()).contains("pdfuaid");
            assertThat(VeraPdf.failures(result.pdf(), VeraPdf.PDF_A_3U)).as("veraPDF, PDF/A-3u").isEmpty();
            assertThat(VeraPdf.failures(result.pdf(), VeraPdf.PDF_UA_1)).as("veraPDF, PDF/UA-1").isEmpty();
            assertThat(pdf.language()).isEqualTo("it");
            assertThat(pdf.marked()).isTrue();
            assertThat(pdf.allFontsEmbedded()).isTrue();
            assertThat(pdf.title()).startsWith("Fascicolo aziendale 7001000005");
            try (PDDocument document = Loader.loadPDF(result.pdf().toFile())) {
                PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
                assertThat(root.getKids()).singleElement().satisfies(kid ->
                        assertThat(((PDStructureElement) kid).getStructureType()).isEqualTo("Document"));
                PDStructureElement whole = (PDStructureElement) root.getKids().get(0);
                assertThat(whole.getKids()).as("the parts' elements").hasSizeGreaterThan(3);
                assertThat(firstPageOf(whole, document)).as("the title page, rendered last, comes first").isZero();
                Map<Integer, COSObjectable> parents = root.getParentTree().getNumbers();
                Set<Integer> keys = new HashSet<>();
                for (PDPage page : document.getPages()) {
                    assertThat(keys.add(page.getStructParents())).as("one parent tree key per page").isTrue();
                    assertThat(parents).containsKey(page.getStructParents());
                }
                assertThat(root.getParentTreeNextKey()).isGreaterThan(Collections.max(keys));
                List<String> bookmarks = new ArrayList<>();
                for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                    int page = document.getPages().indexOf(item.findDestinationPage(document)) + 1;
                    bookmarks.add(item.getTitle() + " " + page);
                }
                List<String> links = new ArrayList<>();
                for (PDPage page : document.getPages()) {
                    for (PDAnnotation annotation : page.getAnnotations()) {
                        if (annotation instanceof PDAnnotationLink link
                                && link.getDestination() instanceof PDPageDestination target) {
                            links.add(link.getContents() + " -> " + (document.getPages().indexOf(target.getPage()) + 1));
                        }
                    }
                }
                assertThat(links).as("the contents' entries link to their sections' pages").hasSize(10)
                        .contains("Deleghe in vigore, pagina " + firstPageWith(pdf, "Deleghe in vigore") + " -> "
                                + firstPageWith(pdf, "Deleghe in vigore"))
                        .contains("Appuntamenti, pagina " + firstPageWith(pdf, "Appuntamenti") + " -> "
                                + firstPageWith(pdf, "Appuntamenti"));
                assertThat(bookmarks).hasSize(10).contains("Deleghe in vigore " + firstPageWith(pdf, "Deleghe in vigore"))
                        .endsWith("Richieste aperte e recenti " + firstPageWith(pdf, "Richieste aperte e recenti"),
                                "Appuntamenti " + firstPageWith(pdf, "Appuntamenti"));
            }
            assertThat(progress).extracting(DossierProgress::fraction).isSorted();
            assertThat(progress).filteredOn(step -> step.stage() == DossierProgress.Stage.WRITING)
                    .extracting(DossierProgress::done).as("parts joined").isSorted().contains(3);
        } finally {
            Files.deleteIfExists(result.pdf());
        }
    }

    /** The index of the page of the first structure element under this one that names its page. */
    private static int firstPageOf(PDStructureElement element, PDDocument document) {
        if (element.getPage() != null) {
            return document.getPages().indexOf(element.getPage());
        }
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                int page = firstPageOf(child, document);
                if (page >= 0) {
                    return page;
                }
            }
        }
        return -1;
    }

    /** The first page after the contents whose text has the heading. */
    private static int firstPageWith(PdfFacts pdf, String heading) {
        for (int page = 3; page <= pdf.pages(); page++) {
            if (pdf.pageTexts().get(page - 1).contains(heading)) {
                return page;
            }
        }
        return -1;
    }
}
