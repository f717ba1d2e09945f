package it.cassetto.position;

/** Whether a position is active, suspended (no employees for now) or ceased. */
public enum PositionStatus {
    ACTIVE, SUSPENDED, CEASED;

    public String labelKey() {
        return "code." + name();
    }
}
