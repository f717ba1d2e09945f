package it.cassetto.dossier;

/** Too many dossiers are being printed at once: the caller should retry shortly. */
public class DossierBusyException extends RuntimeException {

    public DossierBusyException(String message) {
        super(message);
    }
}
