package it.cassetto.dossier;

/**
 * Told how a dossier print advances, on the printing thread: once per section read and chunk of rows, then
 * when rendering starts and when the PDF is ready. A view turns it into a progress bar (through
 * {@code UI.access}); it must return quickly.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = progress -> { };

    void progress(DossierProgress progress);
}
