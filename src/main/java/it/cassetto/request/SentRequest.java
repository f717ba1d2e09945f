package it.cassetto.request;

import java.time.Instant;
import java.time.LocalDate;

/** A request just protocolled: its id, protocol number, when, and its due date (null: no guaranteed time). */
public record SentRequest(long id, String protocol, Instant openedAt, LocalDate dueOn) {
}
