package it.cassetto.dossier.internal;

import static it.cassetto.dossier.internal.Xml.escape;

import it.cassetto.appointment.Appointment;
import it.cassetto.appointment.AppointmentService;
import it.cassetto.appointment.AppointmentStatus;
import it.cassetto.delegation.DelegationInForce;
import it.cassetto.position.ColumnType;
import it.cassetto.position.DetailedRow;
import it.cassetto.position.PositionMasterData;
import it.cassetto.position.SectionColumn;
import it.cassetto.position.SectionRow;
import it.cassetto.request.RequestListItem;
import it.cassetto.request.RequestService;
import it.cassetto.request.RequestStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Writes the sections of a dossier as XHTML, straight to a writer as rows arrive: master data, then each list
 * section as a table (child rows in a nested table under their row) closed by its totals, then the
 * delegations in force, the open and recent requests and the appointments. Holds no rows: only the running
 * totals of the open section.
 */
public final class DossierBody {

    /** A cell kept on one line (protocol numbers, dates, short codes), so that the free text takes the rest. */
    private static final String NOWRAP = " class=\"nowrap\"";

    private final Writer out;
    private final ResourceBundle labels;
    private SectionTotals totals;
    private List<SectionColumn> childColumns;
    private String childTitle;
    private String tableHead;

    public DossierBody(Writer out, ResourceBundle labels) {
        this.out = out;
        this.labels = labels;
    }

    /** Anagrafica e inquadramento, as two definition tables. */
    public void masterData(String anchor, PositionMasterData data) {
        sectionHeading(anchor, label("section.master-data"));
        write("<h3>" + escape(label("masterData.registry")) + "</h3><table class=\"fields\"><tbody>");
        field("dossier.field.holderName", data.position().holderName());
        field("dossier.field.fiscalCode", data.position().holderFiscalCode());
        field("dossier.field.vatNumber", data.vatNumber());
        field("dossier.field.legalForm", data.legalForm());
        field("dossier.field.address", address(data.street(), join(data.postalCode(), data.city(), " "),
                data.provinceCode() == null ? null : "(" + data.provinceCode() + ")"));
        field("dossier.field.pec", data.pec());
        field("dossier.field.legalRepresentative", join(data.legalRepresentativeName(),
                data.legalRepresentativeFiscalCode(), " - "));
        field("dossier.field.phone", data.phone());
        field("dossier.field.email", data.email());
        write("</tbody></table><h3>" + escape(label("masterData.classification")) + "</h3>"
                + "<table class=\"fields\"><tbody>");
        field("dossier.field.identifier", data.position().displayIdentifier());
        field("dossier.field.kind", label("code." + data.position().kind().name()));
        field("dossier.field.status", label("code." + data.position().status().name()));
        field("dossier.field.office", join(data.position().officeCode(), data.position().officeName(), " - "));
        field("dossier.field.csc", data.csc());
        field("dossier.field.authorizationCodes", data.authorizationCodes());
        field("dossier.field.ateco", data.atecoCode());
        field("dossier.field.classification", data.classification());
        field("dossier.field.employees", ItalianFormats.integer(data.employees()));
        field("dossier.field.openedOn", ItalianFormats.date(data.openedOn()));
        field("dossier.field.ceasedOn", ItalianFormats.date(data.ceasedOn()));
        write("</tbody></table></section>");
    }

    /** Opens a list section: its heading and the table's header. */
    public void startSection(String anchor, String title, List<SectionColumn> columns, List<SectionColumn> children,
                             String childrenTitle) {
        totals = new SectionTotals(columns);
        childColumns = children;
        childTitle = childrenTitle;
        sectionHeading(anchor, title);
        StringBuilder head = new StringBuilder("<table class=\"rows\"><thead><tr>");
        for (SectionColumn column : columns) {
            head.append("<th scope=\"col\"").append(numeric(column)).append('>')
                    .append(escape(label(column.labelKey()))).append("</th>");
        }
        tableHead = head.append("</tr></thead><tbody>").toString();
        write(tableHead);
    }

    /** Closes the open section's table where a part of the dossier ends; {@link #resumeTable} goes on. */
    public void suspendTable() {
        write("</tbody></table></section>");
    }

    /** Reopens the open section's table, with its header, at the start of the next part. */
    public void resumeTable() {
        write("<section class=\"section continued\">" + tableHead);
    }

    /** Rows of the open section, with their children. */
    public void rows(List<DetailedRow> rows) {
        List<SectionColumn> columns = totals.columns();
        StringBuilder html = new StringBuilder(256 * rows.size());
        for (DetailedRow detailed : rows) {
            SectionRow row = detailed.row();
            totals.add(row);
            html.append("<tr>");
            for (int i = 0; i < columns.size(); i++) {
                html.append("<td").append(numeric(columns.get(i))).append('>')
                        .append(escape(format(row.value(i), columns.get(i).type()))).append("</td>");
            }
            html.append("</tr>");
            if (!detailed.children().isEmpty() && !childColumns.isEmpty()) {
                html.append("<tr class=\"children\"><td colspan=\"").append(columns.size()).append("\">")
                        .append("<table class=\"child\"><caption>").append(escape(childTitle))
                        .append("</caption><thead><tr>");
                for (SectionColumn column : childColumns) {
                    html.append("<th scope=\"col\"").append(numeric(column)).append('>')
                            .append(escape(label(column.labelKey()))).append("</th>");
                }
                html.append("</tr></thead><tbody>");
                for (SectionRow child : detailed.children()) {
                    html.append("<tr>");
                    for (int i = 0; i < childColumns.size(); i++) {
                        html.append("<td").append(numeric(childColumns.get(i))).append('>')
                                .append(escape(format(child.value(i), childColumns.get(i).type()))).append("</td>");
                    }
                    html.append("</tr>");
                }
                html.append("</tbody></table></td></tr>");
            }
        }
        write(html.toString());
    }

    /** Closes the open section with its totals: rows and the sum of each amount column. */
    public SectionTotals endSection() {
        SectionTotals closed = totals;
        List<SectionColumn> columns = closed.columns();
        if (closed.rows() == 0) {
            write("<tr><td colspan=\"" + columns.size() + "\">" + escape(label("dossier.section.empty"))
                    + "</td></tr>");
        }
        write("</tbody></table><table class=\"totals\"><tbody><tr><th scope=\"row\">"
                + escape(label("dossier.total.rows")) + "</th><td class=\"num\">"
                + ItalianFormats.integer(closed.rows()) + "</td></tr>");
        List<BigDecimal> sums = closed.sums();
        for (int i = 0; i < columns.size(); i++) {
            if (sums.get(i) != null) {
                write("<tr><th scope=\"row\">" + escape(label("dossier.total.of") + " " + label(columns.get(i).labelKey()))
                        + "</th><td class=\"num\">" + ItalianFormats.amount(sums.get(i)) + "</td></tr>");
            }
        }
        write("</tbody></table></section>");
        totals = null;
        return closed;
    }

    /** The delegations in force on the position. */
    public void delegations(String anchor, List<DelegationInForce> delegations) {
        sectionHeading(anchor, label("dossier.section.delegations"));
        write("<table class=\"rows\"><thead><tr>");
        for (String key : List.of("dossier.delegation.kind", "dossier.delegation.username",
                "dossier.delegation.fiscalCode", "dossier.delegation.firm", "dossier.delegation.scope",
                "dossier.delegation.validFrom", "dossier.delegation.validTo")) {
            write("<th scope=\"col\">" + escape(label(key)) + "</th>");
        }
        write("</tr></thead><tbody>");
        for (DelegationInForce d : delegations) {
            write("<tr><td>" + escape(label(d.kind().labelKey())) + "</td><td>" + escape(d.username()) + "</td><td>"
                    + escape(d.fiscalCode()) + "</td><td>" + escape(d.firmName()) + "</td><td>"
                    + escape(label("code." + d.scope())) + "</td><td>" + ItalianFormats.date(d.validFrom())
                    + "</td><td>" + (d.validTo() == null ? escape(label("dossier.delegation.openEnded"))
                    : ItalianFormats.date(d.validTo())) + "</td></tr>");
        }
        if (delegations.isEmpty()) {
            write("<tr><td colspan=\"7\">" + escape(label("dossier.section.empty")) + "</td></tr>");
        }
        write("</tbody></table><table class=\"totals\"><tbody><tr><th scope=\"row\">"
                + escape(label("dossier.total.rows")) + "</th><td class=\"num\">"
                + ItalianFormats.integer(delegations.size()) + "</td></tr></tbody></table></section>");
    }

    /**
     * The open requests and those closed in the last year, with their status and outcome, then how many are
     * open (aperte or in carico), closed and overdue; a note when the request service's cap was reached.
     */
    public void requests(String anchor, List<RequestListItem> requests) {
        sectionHeading(anchor, label("dossier.section.requests"));
        tableHead(List.of("dossier.request.protocol", "dossier.request.subject", "dossier.request.openedOn",
                "dossier.request.dueOn", "dossier.request.status", "dossier.request.outcome",
                "dossier.request.updatedAt"));
        long open = 0;
        long overdue = 0;
        for (RequestListItem r : requests) {
            open += r.status() == RequestStatus.CLOSED ? 0 : 1;
            overdue += r.overdue() ? 1 : 0;
            String due = ItalianFormats.date(r.dueOn());
            if (r.overdue()) {
                due += " (" + label("dossier.request.overdue") + ")";
            }
            write("<tr><td" + NOWRAP + ">" + escape(r.protocol()) + "</td><td>" + escape(join(r.subjectClass(),
                    r.subjectLabel(), " - ")) + "</td><td" + NOWRAP + ">" + ItalianFormats.dateInItaly(r.openedAt())
                    + "</td><td" + NOWRAP + ">" + escape(due) + "</td><td" + NOWRAP + ">"
                    + escape(label(r.status().labelKey())) + "</td><td" + NOWRAP + ">"
                    + escape(r.outcome() == null ? "" : label(r.outcome().labelKey())) + "</td><td" + NOWRAP + ">"
                    + ItalianFormats.minuteInItaly(r.updatedAt()) + "</td></tr>");
        }
        if (requests.isEmpty()) {
            write("<tr><td colspan=\"7\">" + escape(label("dossier.request.none")) + "</td></tr>");
        }
        write("</tbody></table>");
        if (requests.size() >= RequestService.DOSSIER_CAP) {
            write("<p class=\"note\">" + escape(label("dossier.request.capped")
                    .replace("{0}", ItalianFormats.integer(RequestService.DOSSIER_CAP))) + "</p>");
        }
        totals(List.of(
                new Total("dossier.total.rows", requests.size()),
                new Total("dossier.request.total.open", open),
                new Total("dossier.request.total.closed", requests.size() - open),
                new Total("dossier.request.total.overdue", overdue)));
    }

    /**
     * The appointments of the position: when, where, on which request and topic, and their status; then how
     * many are expected (prenotati or confermati), took place, were cancelled, or saw nobody come.
     */
    public void appointments(String anchor, List<Appointment> appointments) {
        sectionHeading(anchor, label("dossier.section.appointments"));
        tableHead(List.of("dossier.appointment.when", "dossier.appointment.office", "dossier.appointment.request",
                "dossier.appointment.topic", "dossier.appointment.status"));
        long expected = 0;
        long done = 0;
        long cancelled = 0;
        long noShow = 0;
        for (Appointment a : appointments) {
            expected += a.status().isExpected() ? 1 : 0;
            done += a.status() == AppointmentStatus.DONE ? 1 : 0;
            cancelled += a.status() == AppointmentStatus.CANCELLED ? 1 : 0;
            noShow += a.status() == AppointmentStatus.NO_SHOW ? 1 : 0;
            write("<tr><td" + NOWRAP + ">" + ItalianFormats.span(a.start(), a.end()) + "</td><td>"
                    + escape(a.officeName()) + "</td><td" + NOWRAP + ">" + escape(a.protocol()) + "</td><td>"
                    + escape(a.subjectLabel()) + "</td><td>"
                    + escape(label("dossier.appointment.status." + a.status().name())) + "</td></tr>");
        }
        if (appointments.isEmpty()) {
            write("<tr><td colspan=\"5\">" + escape(label("dossier.appointment.none")) + "</td></tr>");
        }
        write("</tbody></table>");
        if (appointments.size() >= AppointmentService.DOSSIER_CAP) {
            write("<p class=\"note\">" + escape(label("dossier.appointment.capped")
                    .replace("{0}", ItalianFormats.integer(AppointmentService.DOSSIER_CAP))) + "</p>");
        }
        totals(List.of(
                new Total("dossier.total.rows", appointments.size()),
                new Total("dossier.appointment.total.expected", expected),
                new Total("dossier.appointment.total.done", done),
                new Total("dossier.appointment.total.cancelled", cancelled),
                new Total("dossier.appointment.total.noShow", noShow)));
    }

    /** One line of a section's totals: its label's key and the count. */
    private record Total(String key, long count) {
    }

    private void tableHead(List<String> keys) {
        StringBuilder head = new StringBuilder("<table class=\"rows\"><thead><tr>");
        for (String key : keys) {
            head.append("<th scope=\"col\">").append(escape(label(key))).append("</th>");
        }
        write(head.append("</tr></thead><tbody>").toString());
    }

    /** The totals' table, closing the section. */
    private void totals(List<Total> totals) {
        StringBuilder html = new StringBuilder("<table class=\"totals\"><tbody>");
        for (Total total : totals) {
            html.append("<tr><th scope=\"row\">").append(escape(label(total.key()))).append("</th><td class=\"num\">")
                    .append(ItalianFormats.integer(total.count())).append("</td></tr>");
        }
        write(html.append("</tbody></table></section>").toString());
    }

    private void sectionHeading(String anchor, String title) {
        write("<section class=\"section\"><h2 id=\"" + escape(anchor) + "\">" + escape(title) + "</h2>");
    }

    private void field(String key, String value) {
        write("<tr><th scope=\"row\">" + escape(label(key)) + "</th><td>" + escape(value == null ? "" : value)
                + "</td></tr>");
    }

    private static String numeric(SectionColumn column) {
        return column.type() == ColumnType.AMOUNT || column.type() == ColumnType.NUMBER ? " class=\"num\"" : "";
    }

    private String format(Object value, ColumnType type) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case AMOUNT -> ItalianFormats.amount((BigDecimal) value);
            case DATE -> ItalianFormats.date((LocalDate) value);
            case PERIOD -> ItalianFormats.period((YearMonth) value);
            case NUMBER -> ItalianFormats.integer(((Number) value).longValue());
            case CODE -> label("code." + value);
            case TEXT -> value.toString();
        };
    }

    private static String join(String a, String b, String separator) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + separator + b;
    }

    private static String address(String a, String b, String c) {
        return join(join(a, b, ", "), c, " ");
    }

    String label(String key) {
        return labels.containsKey(key) ? labels.getString(key) : key;
    }

    private void write(String html) {
        try {
            out.write(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
