package it.cassetto.delegation;

/** A member of the intermediary's firm's staff, who may receive sub-delegations. */
public record StaffMember(String username, String fiscalCode) {
}
