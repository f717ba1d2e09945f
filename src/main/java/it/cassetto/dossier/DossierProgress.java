package it.cassetto.dossier;

/**
 * One step of a dossier print: the stage, how far it is within the stage ({@code done} of {@code total}:
 * sections while reading, parts while writing), the rows read so far, and an estimate of the whole work done
 * from 0 to 1 (reading counts for the first 30 %, rendering and writing the parts for the rest).
 */
public record DossierProgress(Stage stage, int done, int total, long rowsRead, double fraction) {

    /** Where a print is. */
    public enum Stage {
        /** Waiting for a free slot (prints are bounded). */
        QUEUED,
        /** Reading the position's sections from the database. */
        READING,
        /** Rendering the parts and writing their pages into the PDF. */
        WRITING,
        /** The PDF is ready. */
        DONE,
        /** The print failed. */
        FAILED
    }

    static final DossierProgress QUEUED_NOW = new DossierProgress(Stage.QUEUED, 0, 0, 0, 0);
}
