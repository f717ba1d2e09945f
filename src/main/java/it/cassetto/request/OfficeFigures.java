package it.cassetto.request;

/** The supervisor's figures of one office and subject class: open, overdue (among the open) and closed. */
public record OfficeFigures(long officeId, String officeName, String subjectClass, long open, long overdue,
                            long closed) {
}
