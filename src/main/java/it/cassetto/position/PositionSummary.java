package it.cassetto.position;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The first page of a position: its header, the balance of open debit notes (ordinary and ECA), the
 * latest payments and the latest declarations with errors (each list capped at {@link #LATEST}).
 */
public record PositionSummary(PositionListItem position, LocalDate statusSince, BigDecimal openDebitBalance,
                              long openDebitNotes, BigDecimal openEcaBalance, List<SectionColumn> paymentColumns,
                              List<SectionRow> latestPayments, List<SectionColumn> declarationColumns,
                              List<SectionRow> declarationsWithErrors) {

    public static final int LATEST = 5;

    public PositionSummary {
        paymentColumns = List.copyOf(paymentColumns);
        latestPayments = List.copyOf(latestPayments);
        declarationColumns = List.copyOf(declarationColumns);
        declarationsWithErrors = List.copyOf(declarationsWithErrors);
    }
}
