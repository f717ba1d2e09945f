package it.cassetto.demo;

/**
 * The fixed part of the demo data, the same for every seed and size, that the demo users and the tests
 * rely on: position ids (Matricola = office code + id on six digits, e.g. 7001000005), and who may
 * reach them.
 */
public final class DemoFacts {

    /** Office ids: Roma Centro (provinces RM, LT, FR, VT, RI; operatore), Milano (operatore2). */
    public static final long OFFICE_ROMA = 1;
    public static final long OFFICE_MILANO = 2;

    /** datore is legal representative of positions 1 (the largest) and 2, private employers. */
    public static final long ROSSI_COSTRUZIONI = 1;
    public static final long ROSSI_LOGISTICA = 2;
    /** dipendente.ente is delegated by the Comune di Tivoli: its PA positions (progressivo 1 and 2). */
    public static final long COMUNE_TIVOLI_1 = 3;
    public static final long COMUNE_TIVOLI_2 = 4;
    /** intermediario: ACTIVE READ_AND_SEND; sub-delegated to collaboratore (READ_AND_SEND). */
    public static final long TRATTORIA_DA_ENZO = 5;
    /** intermediario: ACTIVE READ_AND_SEND; sub-delegated to collaboratore READ_ONLY. */
    public static final long FERRAMENTA_COLOMBO = 6;
    /** intermediario: ACTIVE READ_AND_SEND; the sub-delegation to collaboratore is REVOKED. */
    public static final long PANIFICIO_ESPOSITO = 7;
    /** intermediario: ACTIVE READ_ONLY. */
    public static final long AUTOFFICINA_RICCI = 8;
    /** intermediario: ACTIVE READ_AND_SEND; office Milano (operatore2's). */
    public static final long TIPOGRAFIA_MORETTI = 9;
    /** intermediario: EXPIRED delegation. */
    public static final long STUDIO_DENTISTICO_GALLI = 10;
    /** intermediario: REVOKED delegation. */
    public static final long BAR_CENTRALE = 11;
    /** Delegated to another firm only: intermediario has no delegation. */
    public static final long HOTEL_MARINO = 12;
    /** Gestione separata committente, no delegation at all. */
    public static final long ASSOCIAZIONE_IL_PORTICO = 13;

    public static final int FIXED_POSITIONS = 13;

    public static final String DATORE = "RSSMRA75C12H501H";
    public static final String DIPENDENTE_ENTE = "FRRLCU82L65F205L";
    public static final String INTERMEDIARIO = "BNCGLI79S43L219T";
    public static final String COLLABORATORE = "SPSPLA90E18F839A";
    public static final String OPERATORE = "RMNNNA85B49A944A";
    public static final String OPERATORE2 = "GRCLCU88T01A662K";

    private DemoFacts() {
    }

    /** The Matricola of a private employer's position in office Roma Centro (code 7001), e.g. 7001000005. */
    public static String romaMatricola(long positionId) {
        return String.format("7001%06d", positionId);
    }
}
