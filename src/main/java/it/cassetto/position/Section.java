package it.cassetto.position;

/**
 * The sections of a position that the Cassetto shows as lists, plus the pages that are not lists
 * (summary, master data); {@link #code()} names them in URLs and in the access audit.
 */
public enum Section {
    SUMMARY("summary"),
    MASTER_DATA("master-data"),
    /** Versamenti: F24 and Banca d'Italia payments. */
    PAYMENTS("payments"),
    /** Note di rettifica. */
    ADJUSTMENT_NOTES("adjustment-notes"),
    /** Piani di ammortamento (pension benefits and TFS) with their instalments. */
    AMORTISATION_PLANS("amortisation-plans"),
    /** DMA and UniEmens ListaPosPA declarations, with their errors. */
    DECLARATIONS("declarations"),
    /** Note di debito: sistemazioni and regolarizzazioni contributive. */
    DEBIT_NOTES("debit-notes"),
    /** Note di debito ECA (gestione contributiva). */
    ECA_DEBIT_NOTES("eca-debit-notes");

    private final String code;

    Section(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String labelKey() {
        return "section." + code;
    }

    /** Whether it is a list with columns, filters, detail and export. */
    public boolean isList() {
        return this != SUMMARY && this != MASTER_DATA;
    }
}
