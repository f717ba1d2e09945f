package it.cassetto.dossier.internal;

import it.cassetto.dossier.DossierProgress;
import it.cassetto.dossier.DossierProgress.Stage;
import it.cassetto.dossier.ProgressListener;
import it.cassetto.position.Section;
import it.cassetto.position.SectionColumn;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Produces one dossier: streams the sections from a {@link DossierSource} chunk by chunk into an XHTML body
 * file (hashing it on the way: the content digest), fills the template around it, and renders the PDF into a
 * temporary file (hashing it too). Memory holds one chunk of rows, then openhtmltopdf's document tree.
 */
public final class DossierAssembler {

    /** Rows read from the database per statement. */
    public static final int CHUNK = 1_000;

    /** The list sections in the order the dossier prints them. */
    public static final List<Section> LIST_SECTIONS = List.of(Section.PAYMENTS, Section.ADJUSTMENT_NOTES,
            Section.AMORTISATION_PLANS, Section.DECLARATIONS, Section.DEBIT_NOTES, Section.ECA_DEBIT_NOTES);
    private static final int STEPS = LIST_SECTIONS.size() + 2;
    /** Share of the whole work that reading takes, then laying out (estimates, for progress bars). */
    private static final double READ_SHARE = 0.3;
    private static final double LAYOUT_SHARE = 0.2;

    /** The columns of a list section and of its children (empty if none). */
    public record Columns(List<SectionColumn> columns, List<SectionColumn> children) {
    }

    /** What came out: the PDF file, its pages and bytes, the two digests and the rows per section. */
    public record Result(Path pdf, int pageCount, long byteSize, String contentSha256, String fileSha256,
                         Map<Section, Long> rows) {
    }

    private final ResourceBundle labels;
    private final Function<Section, Columns> columns;

    public DossierAssembler(ResourceBundle labels, Function<Section, Columns> columns) {
        this.labels = labels;
        this.columns = columns;
    }

    /**
     * What the reading produced: the whole XHTML in a temporary file, the content digest and the rows per
     * section; {@link #render} turns it into the PDF (and deletes the file), {@link #discard()} drops it.
     */
    public record Prepared(Path xhtml, String contentSha256, Map<Section, Long> rows) {

        public long totalRows() {
            return total(rows);
        }

        public void discard() {
            deleteQuietly(xhtml);
        }
    }

    /** Builds the dossier; {@code digestSeed} (position, time, user) is hashed before the body. */
    public Result assemble(DossierSource source, DossierDocument.Cover cover, String digestSeed,
                           ProgressListener listener) {
        return render(prepare(source, cover, digestSeed, listener), listener);
    }

    /**
     * Reads every section from the source into the dossier's XHTML (a temporary file), hashing the content
     * on the way; {@code digestSeed} (position, time, user) is hashed before the body.
     */
    public Prepared prepare(DossierSource source, DossierDocument.Cover cover, String digestSeed,
                            ProgressListener listener) {
        Path body = null;
        Path xhtml = null;
        try {
            body = Files.createTempFile("cassetto-dossier-", ".body.xhtml");
            xhtml = Files.createTempFile("cassetto-dossier-", ".xhtml");
            MessageDigest contentDigest = sha256();
            contentDigest.update(digestSeed.getBytes(StandardCharsets.UTF_8));
            Map<Section, Long> counts = new java.util.EnumMap<>(Section.class);
            List<DossierDocument.TocEntry> toc = new ArrayList<>();
            try (Writer out = new BufferedWriter(new OutputStreamWriter(new DigestOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(body)), contentDigest), StandardCharsets.UTF_8))) {
                writeBody(new DossierBody(out, labels), source, toc, counts, listener);
            }
            String contentSha256 = HexFormat.of().formatHex(contentDigest.digest());
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(xhtml),
                    StandardCharsets.UTF_8)); Reader in = Files.newBufferedReader(body, StandardCharsets.UTF_8)) {
                DossierDocument.write(out, labels, cover, toc, contentSha256, in);
            }
            Prepared prepared = new Prepared(xhtml, contentSha256, Map.copyOf(counts));
            xhtml = null;
            return prepared;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(body);
            deleteQuietly(xhtml);
        }
    }

    /** Lays out and writes the PDF of a prepared dossier into a temporary file; deletes the XHTML. */
    public static Result render(Prepared prepared, ProgressListener listener) {
        Path pdf = null;
        long rows = prepared.totalRows();
        try {
            pdf = Files.createTempFile("cassetto-dossier-", ".pdf");
            listener.progress(new DossierProgress(Stage.LAYOUT, 0, 0, rows, READ_SHARE));
            MessageDigest fileDigest = sha256();
            int pages;
            try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(pdf)),
                    fileDigest)) {
                pages = DossierPdf.render(prepared.xhtml().toFile(), out, (written, total) -> listener.progress(
                        new DossierProgress(Stage.WRITING, written, total, rows, READ_SHARE + LAYOUT_SHARE
                                + (1 - READ_SHARE - LAYOUT_SHARE) * written / Math.max(1, total))));
            }
            Result result = new Result(pdf, pages, Files.size(pdf), prepared.contentSha256(),
                    HexFormat.of().formatHex(fileDigest.digest()), prepared.rows());
            pdf = null;
            listener.progress(new DossierProgress(Stage.DONE, pages, pages, rows, 1.0));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            prepared.discard();
            deleteQuietly(pdf);
        }
    }

    private void writeBody(DossierBody writer, DossierSource source, List<DossierDocument.TocEntry> toc,
                           Map<Section, Long> counts, ProgressListener listener) {
        int done = 0;
        long[] rows = {0};
        listener.progress(new DossierProgress(Stage.READING, done, STEPS, 0, 0));
        String masterAnchor = "s-" + Section.MASTER_DATA.code();
        writer.masterData(masterAnchor, source.masterData());
        toc.add(new DossierDocument.TocEntry(masterAnchor, writer.label(Section.MASTER_DATA.labelKey())));
        listener.progress(new DossierProgress(Stage.READING, ++done, STEPS, 0, fraction(done)));
        for (Section section : LIST_SECTIONS) {
            String anchor = "s-" + section.code();
            String title = writer.label(section.labelKey());
            Columns sectionColumns = columns.apply(section);
            writer.startSection(anchor, title, sectionColumns.columns(), sectionColumns.children(),
                    writer.label("section.detail.children." + section.code()));
            final int doneSoFar = done;
            long count = source.rows(section, CHUNK, chunk -> {
                writer.rows(chunk);
                rows[0] += chunk.size();
                listener.progress(new DossierProgress(Stage.READING, doneSoFar, STEPS, rows[0], fraction(doneSoFar)));
            });
            writer.endSection();
            counts.put(section, count);
            toc.add(new DossierDocument.TocEntry(anchor, title));
            listener.progress(new DossierProgress(Stage.READING, ++done, STEPS, rows[0], fraction(done)));
        }
        String delegationsAnchor = "s-delegations";
        writer.delegations(delegationsAnchor, source.delegations());
        toc.add(new DossierDocument.TocEntry(delegationsAnchor, writer.label("dossier.section.delegations")));
        listener.progress(new DossierProgress(Stage.READING, ++done, STEPS, rows[0], fraction(done)));
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
