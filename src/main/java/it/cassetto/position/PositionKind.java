package it.cassetto.position;

/**
 * The kinds of contribution position: a private employer's (identified by its Matricola), a public
 * administration's in the Gestione dipendenti pubblici (fiscal code plus progressivo), and a Gestione
 * separata committente's (fiscal code).
 */
public enum PositionKind {
    PRIVATE_EMPLOYER, PUBLIC_ADMINISTRATION, SEPARATE_SCHEME;

    public String labelKey() {
        return "code." + name();
    }
}
