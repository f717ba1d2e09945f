package it.cassetto.dossier.internal;

import it.cassetto.appointment.Appointment;
import it.cassetto.dossier.DossierProgress;
import it.cassetto.dossier.DossierProgress.Stage;
import it.cassetto.dossier.ProgressListener;
import it.cassetto.position.Section;
import it.cassetto.position.SectionColumn;
import it.cassetto.request.RequestListItem;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Produces one dossier in two steps. {@link #prepare} streams the sections from a {@link DossierSource} chunk by
 * chunk into XHTML files on disk, one per part of at most about {@link #PART_ROWS} rows (a section longer than
 * that continues in the next part, its table header repeated), hashing them on the way: the content digest.
 * {@link #render} renders each part once and joins it to the others into one tagged PDF/A
 * ({@link TaggedPdfConcatenation}), noting the page of each section heading; then it renders the title page with
 * the table of contents, which the file shows first, and writes the footers "pagina N di M" ({@link PageFooters}),
 * hashing the file. Memory holds one chunk of rows while reading, and one or two parts while rendering, whatever
 * the size of the position.
 */
public final class DossierAssembler {

    /** Rows read from the database per statement. */
    public static final int CHUNK = 1_000;
    /** Rows after which a part of the dossier ends (at the end of a chunk or a section). */
    public static final int PART_ROWS = 1_000;

    /** The list sections in the order the dossier prints them. */
    public static final List<Section> LIST_SECTIONS = List.of(Section.PAYMENTS, Section.ADJUSTMENT_NOTES,
            Section.AMORTISATION_PLANS, Section.DECLARATIONS, Section.DEBIT_NOTES, Section.ECA_DEBIT_NOTES);
    /** Master data, the list sections, delegations, requests, appointments: the reading's steps. */
    private static final int STEPS = LIST_SECTIONS.size() + 4;
    /** Share of the whole work that reading takes (an estimate, for progress bars). */
    private static final double READ_SHARE = 0.3;
    /** The page number the contents show while the title page is laid out to learn its pages. */
    private static final int STAND_IN_PAGE = 99_999;

    /** The columns of a list section and of its children (empty if none). */
    public record Columns(List<SectionColumn> columns, List<SectionColumn> children) {
    }

    /** What came out: the PDF file, its pages and bytes, the two digests and the rows per section. */
    public record Result(Path pdf, int pageCount, long byteSize, String contentSha256, String fileSha256,
                         Map<Section, Long> rows) {
    }

    /** A section heading: its anchor, its title and the part (0-based) that holds it. */
    public record Heading(String anchor, String title, int part) {
    }

    /**
     * What the reading produced: the parts' XHTML content in temporary files, the cover, the section headings,
     * the content digest and the rows per section; {@link #render} turns it into the PDF (and deletes the
     * files), {@link #discard()} drops it.
     */
    public record Prepared(List<Path> parts, DossierDocument.Cover cover, List<Heading> headings,
                           String contentSha256, Map<Section, Long> rows, ResourceBundle labels) {

        public long totalRows() {
            return total(rows);
        }

        public void discard() {
            parts.forEach(DossierAssembler::deleteQuietly);
        }
    }

    private final ResourceBundle labels;
    private final Function<Section, Columns> columns;

    public DossierAssembler(ResourceBundle labels, Function<Section, Columns> columns) {
        this.labels = labels;
        this.columns = columns;
    }

    /** Builds the dossier; {@code digestSeed} (position, time, user) is hashed before the body. */
    public Result assemble(DossierSource source, DossierDocument.Cover cover, String digestSeed,
                           ProgressListener listener) {
        return render(prepare(source, cover, digestSeed, listener), listener);
    }

    /**
     * Reads every section from the source into the dossier's parts (temporary files), hashing the content on
     * the way; {@code digestSeed} (position, time, user) is hashed before the body.
     */
    public Prepared prepare(DossierSource source, DossierDocument.Cover cover, String digestSeed,
                            ProgressListener listener) {
        MessageDigest contentDigest = sha256();
        contentDigest.update(digestSeed.getBytes(StandardCharsets.UTF_8));
        Parts parts = new Parts(contentDigest);
        boolean done = false;
        try {
            Map<Section, Long> counts = new EnumMap<>(Section.class);
            List<Heading> headings = new ArrayList<>();
            parts.next();
            writeBody(new DossierBody(parts, labels), parts, source, headings, counts, listener);
            parts.close();
            Prepared prepared = new Prepared(List.copyOf(parts.files), cover, List.copyOf(headings),
                    HexFormat.of().formatHex(contentDigest.digest()), Map.copyOf(counts), labels);
            done = true;
            return prepared;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!done) {
                parts.closeQuietly();
                parts.files.forEach(DossierAssembler::deleteQuietly);
            }
        }
    }

    /**
     * Lays out and writes the PDF of a prepared dossier into a temporary file, one part at a time, on the
     * calling thread only; deletes the parts' files.
     */
    public static Result render(Prepared prepared, ProgressListener listener) {
        return render(prepared, listener, null);
    }

    /**
     * Renders the PDF of a prepared dossier into a temporary file, one part at a time; deletes the parts' files.
     * When {@code helper} lends a thread, it renders parts ahead of the calling thread (at most one rendered part
     * waits), which joins them in order.
     */
    public static Result render(Prepared prepared, ProgressListener listener, Executor helper) {
        Path pdf = null;
        long rows = prepared.totalRows();
        int contentParts = prepared.parts().size();
        int steps = contentParts + 1;
        try {
            listener.progress(new DossierProgress(Stage.WRITING, 0, steps, rows, READ_SHARE));
            // The title page and contents come first but are rendered last, with the page of every section:
            // laid out now with stand-in page numbers, they tell where the sections' pages start.
            List<DossierDocument.TocEntry> toc = new ArrayList<>();
            for (Heading heading : prepared.headings()) {
                toc.add(new DossierDocument.TocEntry(heading.anchor(), heading.title(), STAND_IN_PAGE));
            }
            int frontPages = DossierPdf.layout(part(prepared, DossierDocument.front(prepared.labels(),
                    prepared.cover(), toc, prepared.contentSha256())), List.of()).pages();
            pdf = Files.createTempFile("cassetto-dossier-", ".pdf");
            MessageDigest fileDigest = sha256();
            List<DossierDocument.TocEntry> numbered = new ArrayList<>();
            int total = frontPages;
            try (OutputStream file = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(pdf)),
                    fileDigest); TaggedPdfConcatenation joined = new TaggedPdfConcatenation(file);
                    OrderedParts<DossierPdf.Rendered> rendered = new OrderedParts<>(contentParts, 1,
                            i -> DossierPdf.render(part(prepared, content(prepared, i)), anchorsOf(prepared, i)),
                            DossierPdf.Rendered::close, helper)) {
                PageFooters footers = new PageFooters(joined, DossierDocument.label(prepared.labels(), "dossier.page"),
                        DossierDocument.label(prepared.labels(), "dossier.page.of"));
                for (int i = 0; i < contentParts; i++) {
                    try (DossierPdf.Rendered part = rendered.take(i)) {
                        for (DossierDocument.TocEntry entry : toc) {
                            Integer page = part.pageOf().get(entry.anchor());
                            if (page != null) {
                                numbered.add(entry.onPage(total + page));
                            }
                        }
                        footers.stamp(part.document(), total + 1);
                        joined.append(part.document());
                        total += part.pages();
                    }
                    listener.progress(new DossierProgress(Stage.WRITING, i + 1, steps, rows,
                            READ_SHARE + (1 - READ_SHARE) * (i + 1) / steps));
                }
                if (numbered.size() != toc.size()) {
                    throw new IllegalStateException("Sections not found in the layout: " + toc + " / " + numbered);
                }
                try (DossierPdf.Rendered front = DossierPdf.render(part(prepared, DossierDocument.front(
                        prepared.labels(), prepared.cover(), numbered, prepared.contentSha256())), List.of())) {
                    if (front.pages() != frontPages) {
                        throw new IllegalStateException("The title page and contents were laid out in " + frontPages
                                + " pages and rendered in " + front.pages());
                    }
                    Map<String, DossierDocument.TocEntry> byAnchor = new HashMap<>();
                    numbered.forEach(entry -> byAnchor.put(entry.anchor(), entry));
                    int sectionsStart = frontPages;
                    int linked = ContentsLinks.point(front.document(), byAnchor,
                            DossierDocument.label(prepared.labels(), "dossier.page"),
                            page -> joined.appendedPage(page - sectionsStart - 1));
                    if (linked != numbered.size()) {
                        throw new IllegalStateException(linked + " contents links for " + numbered.size() + " sections");
                    }
                    footers.stamp(front.document(), 1);
                    joined.prepend(front.document());
                }
                footers.writeAll(total);
                List<TaggedPdfConcatenation.Bookmark> bookmarks = new ArrayList<>();
                for (DossierDocument.TocEntry entry : numbered) {
                    bookmarks.add(new TaggedPdfConcatenation.Bookmark(entry.title(), entry.page() - 1));
                }
                joined.finish(bookmarks);
            }
            Result result = new Result(pdf, total, Files.size(pdf), prepared.contentSha256(),
                    HexFormat.of().formatHex(fileDigest.digest()), prepared.rows());
            pdf = null;
            listener.progress(new DossierProgress(Stage.DONE, steps, steps, rows, 1.0));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            prepared.discard();
            deleteQuietly(pdf);
        }
    }

    private static List<String> anchorsOf(Prepared prepared, int part) {
        List<String> anchors = new ArrayList<>();
        for (Heading heading : prepared.headings()) {
            if (heading.part() == part) {
                anchors.add(heading.anchor());
            }
        }
        return anchors;
    }

    private static String content(Prepared prepared, int part) throws IOException {
        return Files.readString(prepared.parts().get(part), StandardCharsets.UTF_8);
    }

    private static String part(Prepared prepared, String content) {
        StringWriter out = new StringWriter(content.length() + 8192);
        DossierDocument.writePart(out, prepared.labels(), prepared.cover(), prepared.contentSha256(),
                new StringReader(content));
        return out.toString();
    }

    private void writeBody(DossierBody writer, Parts parts, DossierSource source, List<Heading> headings,
                           Map<Section, Long> counts, ProgressListener listener) throws IOException {
        int done = 0;
        long[] rows = {0};
        listener.progress(new DossierProgress(Stage.READING, done, STEPS, 0, 0));
        String masterAnchor = "s-" + Section.MASTER_DATA.code();
        writer.masterData(masterAnchor, source.masterData());
        headings.add(new Heading(masterAnchor, writer.label(Section.MASTER_DATA.labelKey()), parts.index()));
        listener.progress(new DossierProgress(Stage.READING, ++done, STEPS, 0, fraction(done)));
        for (Section section : LIST_SECTIONS) {
            if (parts.full()) {
                parts.next();
            }
            String anchor = "s-" + section.code();
            String title = writer.label(section.labelKey());
            headings.add(new Heading(anchor, title, parts.index()));
            Columns sectionColumns = columns.apply(section);
            writer.startSection(anchor, title, sectionColumns.columns(), sectionColumns.children(),
                    writer.label("section.detail.children." + section.code()));
            final int doneSoFar = done;
            long count = source.rows(section, CHUNK, chunk -> {
                if (parts.full()) {
                    writer.suspendTable();
                    parts.nextUnchecked();
                    writer.resumeTable();
                }
                writer.rows(chunk);
                parts.rows += chunk.size();
                rows[0] += chunk.size();
                listener.progress(new DossierProgress(Stage.READING, doneSoFar, STEPS, rows[0], fraction(doneSoFar)));
            });
            writer.endSection();
            counts.put(section, count);
            listener.progress(new DossierProgress(Stage.READING, ++done, STEPS, rows[0], fraction(done)));
        }
        String delegationsAnchor = "s-delegations";
        writer.delegations(delegationsAnchor, source.delegations());
        headings.add(new Heading(delegationsAnchor, writer.label("dossier.section.delegations"), parts.index()));
        listener.progress(new DossierProgress(Stage.READING, ++done, STEPS, rows[0], fraction(done)));
        String requestsAnchor = "s-requests";
        headings.add(new Heading(requestsAnchor, writer.label("dossier.section.requests"), parts.index()));
        List<RequestListItem> requests = source.requests();
        writer.requests(requestsAnchor, requests);
        parts.rows += requests.size();
        rows[0] += requests.size();
        listener.progress(new DossierProgress(Stage.READING, ++done, STEPS, rows[0], fraction(done)));
        if (parts.full()) {
            parts.next();
        }
        String appointmentsAnchor = "s-appointments";
        headings.add(new Heading(appointmentsAnchor, writer.label("dossier.section.appointments"), parts.index()));
        List<Appointment> appointments = source.appointments();
        writer.appointments(appointmentsAnchor, appointments);
        rows[0] += appointments.size();
        listener.progress(new DossierProgress(Stage.READING, ++done, STEPS, rows[0], fraction(done)));
    }

    /**
     * The parts' files as one writer: what is written goes to the current part (and into the content digest,
     * in order); {@link #next} closes it and opens the next one.
     */
    private static final class Parts extends Writer {
        final List<Path> files = new ArrayList<>();
        private final MessageDigest digest;
        private Writer current;
        long rows;

        Parts(MessageDigest digest) {
            this.digest = digest;
        }

        int index() {
            return files.size() - 1;
        }

        boolean full() {
            return rows >= PART_ROWS;
        }

        void next() throws IOException {
            if (current != null) {
                current.close();
            }
            Path file = Files.createTempFile("cassetto-dossier-", ".part.xhtml");
            files.add(file);
            current = new BufferedWriter(new OutputStreamWriter(new DigestOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(file)), digest), StandardCharsets.UTF_8));
            rows = 0;
        }

        void nextUnchecked() {
            try {
                next();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            current.write(buffer, offset, length);
        }

        @Override
        public void write(String text) throws IOException {
            current.write(text);
        }

        @Override
        public void flush() throws IOException {
            current.flush();
        }

        @Override
        public void close() throws IOException {
            if (current != null) {
                current.close();
                current = null;
            }
        }

        void closeQuietly() {
            try {
                close();
            } catch (IOException ignored) {
                // the files are deleted next
            }
        }
    }

    private static double fraction(int done) {
        return READ_SHARE * done / STEPS;
    }

    private static long total(Map<Section, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a temporary file left behind is removed with the temporary folder
            }
        }
    }
}
