package it.cassetto.request;

/**
 * What happened to a request, as its timeline shows it: opened (protocolled), taken in charge, an office
 * comment, documents asked, the user's reply, a reminder (sollecito), closed with an outcome.
 */
public enum RequestEventKind {
    OPENED, TAKEN_IN_CHARGE, COMMENT, DOCUMENTS_ASKED, USER_REPLY, REMINDER, CLOSED;

    public String labelKey() {
        return "request.event." + name();
    }
}
