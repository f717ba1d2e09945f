package it.cassetto.delegation;

/** A contributor (company or entity) whose legal representative is the caller. */
public record RepresentedContributor(long id, String name, String fiscalCode) {
}
