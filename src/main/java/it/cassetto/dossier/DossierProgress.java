package it.cassetto.dossier;

/**
 * One step of a dossier print: the stage, the sections read so far out of all, the rows read so far, and
 * an estimate of the work done from 0 to 1 (reading counts for the first half, rendering for the rest).
 */
public record DossierProgress(Stage stage, int sectionsDone, int sectionsTotal, long rowsRead, double fraction) {

    /** Where a print is. */
    public enum Stage {
        /** Waiting for a free slot (prints are bounded). */
        QUEUED,
        /** Reading the position's sections from the database. */
        READING,
        /** Laying out the pages and writing the PDF. */
        RENDERING,
        /** The PDF is ready. */
        DONE
    }
}
