package it.cassetto.position.internal;

import static it.cassetto.position.ColumnType.AMOUNT;
import static it.cassetto.position.ColumnType.CODE;
import static it.cassetto.position.ColumnType.DATE;
import static it.cassetto.position.ColumnType.NUMBER;
import static it.cassetto.position.ColumnType.PERIOD;
import static it.cassetto.position.ColumnType.TEXT;

import it.cassetto.position.ColumnType;
import it.cassetto.position.Section;
import it.cassetto.position.internal.SectionDefinition.Child;
import it.cassetto.position.internal.SectionDefinition.Column;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The storage of every list section; the one place that maps section keys to tables and columns. */
public final class SectionDefinitions {

    private static final Map<Section, SectionDefinition> ALL = new EnumMap<>(Section.class);

    static {
        add(new SectionDefinition(Section.PAYMENTS, "payment", List.of(
                sorted("paymentDate", "payment_date", DATE),
                col("channel", "channel", CODE),
                col("taxCode", "tax_code", TEXT),
                sorted("period", "competence_month", PERIOD),
                sorted("amount", "amount", AMOUNT),
                col("bank", "bank", TEXT)), "paymentDate", Set.of(), null));
        add(new SectionDefinition(Section.ADJUSTMENT_NOTES, "adjustment_note", List.of(
                col("noteNumber", "note_number", TEXT),
                sorted("period", "competence_month", PERIOD),
                sorted("issueDate", "issue_date", DATE),
                sorted("amount", "amount", AMOUNT),
                col("status", "status", CODE),
                col("reason", "reason", TEXT)), "issueDate", Set.of("OPEN", "PAID", "CONTESTED", "CANCELLED"), null));
        add(new SectionDefinition(Section.AMORTISATION_PLANS, "amortisation_plan", List.of(
                col("planNumber", "plan_number", TEXT),
                col("kind", "kind", CODE),
                sorted("period", "competence_month", PERIOD),
                sorted("issueDate", "issue_date", DATE),
                sorted("amount", "amount", AMOUNT),
                col("instalmentCount", "instalment_count", NUMBER),
                col("status", "status", CODE)), "issueDate", Set.of("IN_PROGRESS", "COMPLETED", "DEFAULTED"),
                new Child("amortisation_instalment", "plan_id", List.of(
                        col("number", "instalment_number", NUMBER),
                        col("dueDate", "due_date", DATE),
                        col("amount", "amount", AMOUNT),
                        col("paidOn", "paid_on", DATE),
                        col("status", "status", CODE)), "instalment_number")));
        add(new SectionDefinition(Section.DECLARATIONS, "declaration", List.of(
                col("kind", "kind", CODE),
                sorted("period", "competence_month", PERIOD),
                sorted("submittedOn", "submitted_on", DATE),
                col("protocol", "protocol", TEXT),
                col("status", "status", CODE),
                sorted("amount", "amount", AMOUNT),
                col("errorCount", "error_count", NUMBER)), "period", Set.of("ACCEPTED", "WITH_ERRORS", "REJECTED"),
                new Child("declaration_error", "declaration_id", List.of(
                        col("code", "code", TEXT),
                        col("severity", "severity", CODE),
                        col("field", "field", TEXT),
                        col("description", "description", TEXT)), "id")));
        add(new SectionDefinition(Section.DEBIT_NOTES, "debit_note", List.of(
                col("noteNumber", "note_number", TEXT),
                col("kind", "kind", CODE),
                sorted("period", "competence_month", PERIOD),
                sorted("issueDate", "issue_date", DATE),
                col("dueDate", "due_date", DATE),
                sorted("amount", "amount", AMOUNT),
                col("paidAmount", "paid_amount", AMOUNT),
                col("status", "status", CODE)), "issueDate", Set.of("OPEN", "PAID", "CONTESTED", "CANCELLED"), null));
        add(new SectionDefinition(Section.ECA_DEBIT_NOTES, "eca_debit_note", List.of(
                col("noteNumber", "note_number", TEXT),
                sorted("period", "competence_month", PERIOD),
                sorted("issueDate", "issue_date", DATE),
                sorted("amount", "amount", AMOUNT),
                col("sanctionAmount", "sanction_amount", AMOUNT),
                col("status", "status", CODE)), "issueDate", Set.of("OPEN", "PAID", "CONTESTED", "CANCELLED"), null));
    }

    private SectionDefinitions() {
    }

    private static void add(SectionDefinition definition) {
        ALL.put(definition.section(), definition);
    }

    private static Column col(String key, String sql, ColumnType type) {
        return new Column(key, sql, type, false);
    }

    private static Column sorted(String key, String sql, ColumnType type) {
        return new Column(key, sql, type, true);
    }

    /** The definition of a list section; throws for SUMMARY and MASTER_DATA. */
    public static SectionDefinition of(Section section) {
        SectionDefinition definition = ALL.get(section);
        if (definition == null) {
            throw new IllegalArgumentException(section + " is not a list section");
        }
        return definition;
    }
}
