package it.cassetto.dossier;

/**
 * A dossier print started with {@link DossierService#start}, as its owner sees it: where it is, and once
 * {@link #ready()} the file's name, pages and size ({@link DossierService#result} hands over the file);
 * {@code failure} says why it failed, in a few words (a translation key of the view's message).
 */
public record DossierPrintJob(String id, long positionId, DossierProgress progress, String fileName, int pageCount,
                              long byteSize, Failure failure) {

    /** Why a print failed. */
    public enum Failure {
        /** The portal is shutting down or refused the work. */
        REFUSED,
        /** Anything else: the server log has the details. */
        ERROR
    }

    public boolean ready() {
        return progress.stage() == DossierProgress.Stage.DONE;
    }

    public boolean failed() {
        return progress.stage() == DossierProgress.Stage.FAILED;
    }

    public boolean finished() {
        return ready() || failed();
    }
}
