package it.cassetto.delegation;

/**
 * A position an intermediary may ask a delegation for, as found by fiscal code or matricola: just enough to
 * recognise it (nothing of its contents). {@code pecOnFile} is false when the entity has no PEC address, so
 * no code could be sent.
 */
public record DelegationCandidate(long positionId, String matricola, String holderName, String holderFiscalCode,
                                  String kind, String officeName, boolean pecOnFile, boolean alreadyHeld) {
}
