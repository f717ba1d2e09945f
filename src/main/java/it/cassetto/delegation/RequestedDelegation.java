package it.cassetto.delegation;

import java.time.Instant;

/** A delegation request just recorded: where the code went (masked) and until when it can be used. */
public record RequestedDelegation(long delegationId, String maskedPec, Instant codeExpiresAt) {
}
