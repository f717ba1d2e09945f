package it.cassetto.dossier.internal;

import it.cassetto.appointment.Appointment;
import it.cassetto.appointment.AppointmentStatus;
import it.cassetto.delegation.DelegationInForce;
import it.cassetto.position.DetailedRow;
import it.cassetto.position.PositionKind;
import it.cassetto.position.PositionListItem;
import it.cassetto.position.PositionMasterData;
import it.cassetto.position.PositionStatus;
import it.cassetto.position.Section;
import it.cassetto.position.SectionRow;
import it.cassetto.position.internal.SectionDefinitions;
import it.cassetto.request.Outcome;
import it.cassetto.request.RequestListItem;
import it.cassetto.request.RequestStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A dossier source of generated rows, without a database: {@code payments} payments (100.00, 101.00, ...
 * euro), a few rows in every other section, children for plans and declarations, three requests (one open and
 * overdue, one in charge, one closed "non accolta") and two appointments (one took place, one booked). For unit
 * tests and the benchmark; rows are generated chunk by chunk, never held all at once.
 */
public final class GeneratedDossierSource implements DossierSource {

    public static final PositionListItem POSITION = new PositionListItem(5, PositionKind.PRIVATE_EMPLOYER,
            "01234567890", "7001000005", null, "Trattoria \"Da Enzo\" & <Figli>", PositionStatus.ACTIVE, "7001",
            "Roma Centro");

    private final int payments;
    private final String holderName;

    public GeneratedDossierSource(int payments) {
        this(payments, POSITION.holderName());
    }

    public GeneratedDossierSource(int payments, String holderName) {
        this.payments = payments;
        this.holderName = holderName;
    }

    public static DossierAssembler.Columns columns(Section section) {
        return new DossierAssembler.Columns(SectionDefinitions.of(section).apiColumns(),
                SectionDefinitions.of(section).apiChildColumns());
    }

    public PositionListItem position() {
        return new PositionListItem(POSITION.id(), POSITION.kind(), POSITION.holderFiscalCode(), POSITION.matricola(),
                null, holderName, POSITION.status(), POSITION.officeCode(), POSITION.officeName());
    }

    @Override
    public PositionMasterData masterData() {
        return new PositionMasterData(position(), "01234567890", "S.r.l.", "Via dei Mille 1", "00185", "Roma", "RM",
                "trattoria@pec.example.it", "RSSMRA75C12H501H", "Mario Rossi", "06 1234567", "info@example.it",
                "70101", "1A, 2B", "56.10.11", "Terziario", 12, LocalDate.of(2010, 3, 1), null);
    }

    @Override
    public long rows(Section section, int chunkSize, Consumer<List<DetailedRow>> consumer) {
        int count = section == Section.PAYMENTS ? payments : 3;
        List<DetailedRow> chunk = new ArrayList<>(chunkSize);
        for (int i = 0; i < count; i++) {
            chunk.add(row(section, i));
            if (chunk.size() == chunkSize) {
                consumer.accept(chunk);
                chunk = new ArrayList<>(chunkSize);
            }
        }
        if (!chunk.isEmpty()) {
            consumer.accept(chunk);
        }
        return count;
    }

    static DetailedRow row(Section section, int i) {
        YearMonth period = YearMonth.of(2015, 1).plusMonths(i % 120);
        LocalDate day = period.atDay(16);
        BigDecimal amount = BigDecimal.valueOf(10_000 + 100L * i, 2);
        return switch (section) {
            case PAYMENTS -> new DetailedRow(new SectionRow(i + 1, List.of(day, "F24", "DM10", period, amount,
                    "Banca d'Italia <Roma> & C.")), List.of());
            case ADJUSTMENT_NOTES -> new DetailedRow(new SectionRow(i + 1, List.of("NR-" + i, period, day, amount,
                    "OPEN", "Differenze \"contributive\"")), List.of());
            case AMORTISATION_PLANS -> new DetailedRow(new SectionRow(i + 1, List.of("PA-" + i, "TFS", period, day,
                    amount, 2, "IN_PROGRESS")), List.of(
                    new SectionRow(100 + i, List.of(1, day.plusMonths(1), BigDecimal.valueOf(50), day, "PAID")),
                    new SectionRow(200 + i, List.of(2, day.plusMonths(2), BigDecimal.valueOf(50), day, "DUE"))));
            case DECLARATIONS -> new DetailedRow(new SectionRow(i + 1, List.of("DMA", period, day, "PROT-" + i,
                    "WITH_ERRORS", amount, 1)), List.of(new SectionRow(300 + i, List.of("E042", "BLOCKING",
                    "<Imponibile>", "Importo non coerente con l'aliquota"))));
            case DEBIT_NOTES -> new DetailedRow(new SectionRow(i + 1, List.of("ND-" + i, "SISTEMAZIONE", period, day,
                    day.plusDays(30), amount, BigDecimal.ZERO, "OPEN")), List.of());
            case ECA_DEBIT_NOTES -> new DetailedRow(new SectionRow(i + 1, List.of("ECA-" + i, period, day, amount,
                    BigDecimal.TEN, "PAID")), List.of());
            default -> throw new IllegalArgumentException(section.toString());
        };
    }

    @Override
    public List<DelegationInForce> delegations() {
        return List.of(new DelegationInForce(DelegationInForce.Kind.INTERMEDIARY, "intermediario",
                "BNCGLI79S43L219T", "Studio Bianchi", "READ_AND_SEND", LocalDate.of(2024, 1, 1), null));
    }

    @Override
    public List<RequestListItem> requests() {
        return List.of(
                request(3, "INPS.7001.2026.0000003", "UNIEMENS", "Note di rettifica <UniEmens>", RequestStatus.OPEN, null,
                        "2026-10-20T08:30:00Z", LocalDate.of(2026, 11, 3), "2026-10-20T08:30:00Z", true),
                request(2, "INPS.7001.2026.0000002", "VERSAMENTI", "Rimborsi", RequestStatus.IN_CHARGE, null,
                        "2026-09-01T09:00:00Z", LocalDate.of(2026, 9, 15), "2026-09-02T10:15:00Z", false),
                request(1, "INPS.7001.2026.0000001", "CREDITO", "Avvisi di addebito (AVA)", RequestStatus.CLOSED,
                        Outcome.REJECTED, "2026-03-02T23:30:00Z", LocalDate.of(2026, 3, 17), "2026-03-10T16:45:00Z",
                        false));
    }

    private static RequestListItem request(long id, String protocol, String subjectClass, String subjectLabel,
                                           RequestStatus status, Outcome outcome, String openedAt, LocalDate dueOn,
                                           String updatedAt, boolean overdue) {
        return new RequestListItem(id, protocol, POSITION.id(), POSITION.matricola(), POSITION.holderName(), 1,
                subjectClass + ".X", subjectClass, subjectLabel, status, outcome, false, Instant.parse(openedAt),
                dueOn, Instant.parse(updatedAt), overdue, overdue ? 12 : 0, false, "Anna Romano");
    }

    @Override
    public List<Appointment> appointments() {
        return List.of(
                appointment(2, LocalDateTime.of(2026, 12, 1, 9, 0), 2, "INPS.7001.2026.0000002", "Rimborsi",
                        AppointmentStatus.BOOKED),
                appointment(1, LocalDateTime.of(2026, 3, 9, 11, 30), 1, "INPS.7001.2026.0000001",
                        "Avvisi di addebito (AVA)", AppointmentStatus.DONE));
    }

    private static Appointment appointment(long id, LocalDateTime start, long requestId, String protocol,
                                           String subjectLabel, AppointmentStatus status) {
        return new Appointment(id, 1, "Roma Centro", start, start.plusMinutes(30), requestId, protocol, subjectLabel,
                POSITION.id(), POSITION.matricola(), POSITION.holderName(), status, false, null, null,
                "Giulia Bianchi", Instant.parse("2026-02-27T10:00:00Z"), null, null, false);
    }
}
