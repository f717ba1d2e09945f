package it.cassetto.request;

/** The status of a request, as the user and the office both see it: aperta, in carico, chiusa. */
public enum RequestStatus {
    OPEN, IN_CHARGE, CLOSED;

    public String labelKey() {
        return "request.status." + name();
    }
}
