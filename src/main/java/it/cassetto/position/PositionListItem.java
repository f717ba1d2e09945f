package it.cassetto.position;

/**
 * One row of Ricerca: the position's id, kind, identifiers (Matricola for private employers,
 * progressivo for public administrations), holder, status and competent office.
 */
public record PositionListItem(long id, PositionKind kind, String holderFiscalCode, String matricola,
                               Integer progressivo, String holderName, PositionStatus status, String officeCode,
                               String officeName) {

    /** The identifier shown to users: the Matricola, or fiscal code/progressivo, or the fiscal code. */
    public String displayIdentifier() {
        return switch (kind) {
            case PRIVATE_EMPLOYER -> matricola;
            case PUBLIC_ADMINISTRATION -> holderFiscalCode + "/" + progressivo;
            case SEPARATE_SCHEME -> holderFiscalCode;
        };
    }
}
