package it.cassetto.request;

import java.time.LocalDate;

/**
 * The filters of "Lista richieste" and of an office queue, each optional (null): one position, the
 * Matricola (or fiscal code/progressivo) of the position, a subject code (or a class code, prefix before
 * the dot), the status, only the overdue ones, and the opening and last-update date ranges (inclusive).
 * For a queue, a null status means the open ones (aperta and in carico).
 */
public record RequestFilter(Long positionId, Long officeId, String matricola, String subjectCode,
                            RequestStatus status, boolean overdueOnly, LocalDate openedFrom, LocalDate openedTo,
                            LocalDate updatedFrom, LocalDate updatedTo) {

    public static final RequestFilter ANY = new RequestFilter(null, null, null, null, null, false, null, null, null,
            null);

    public RequestFilter {
        matricola = matricola == null || matricola.isBlank() ? null : matricola.strip().toUpperCase();
        subjectCode = subjectCode == null || subjectCode.isBlank() ? null : subjectCode.strip();
    }

    public static RequestFilter ofPosition(long positionId) {
        return new RequestFilter(positionId, null, null, null, null, false, null, null, null, null);
    }

    public RequestFilter withStatus(RequestStatus newStatus) {
        return new RequestFilter(positionId, officeId, matricola, subjectCode, newStatus, overdueOnly, openedFrom,
                openedTo, updatedFrom, updatedTo);
    }
}
