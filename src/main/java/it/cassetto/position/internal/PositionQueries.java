package it.cassetto.position.internal;

import it.cassetto.delegation.PositionReach;
import it.cassetto.position.PositionKind;
import it.cassetto.position.PositionListItem;
import it.cassetto.position.PositionMasterData;
import it.cassetto.position.PositionSearchCriteria;
import it.cassetto.position.PositionStatus;
import it.cassetto.shared.query.Page;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The position feature's read queries (Ricerca, header, master data, balances), one statement each. In the
 * container they run through the entity manager; {@link #PositionQueries(SqlRunner)} runs them elsewhere
 * (the benchmark, over JDBC).
 */
@ApplicationScoped
public class PositionQueries {

    @PersistenceContext(unitName = "cassetto")
    EntityManager em;

    private SqlRunner sql;

    /** For CDI, which then runs the queries through the injected entity manager. */
    protected PositionQueries() {
    }

    /** Queries run by the given runner, outside the container. */
    public PositionQueries(SqlRunner sql) {
        this.sql = sql;
    }

    @PostConstruct
    void runThroughTheEntityManager() {
        sql = NativeRows.runner(em);
    }

    /**
     * One page of Ricerca: one statement, plus the capped count unless the first page is not full. The
     * reach comes from {@link it.cassetto.delegation.DelegationService}.
     */
    public Page<PositionListItem> search(PositionReach reach, PositionSearchCriteria criteria, long offset, int limit,
                                         boolean descending) {
        if (reach.isEmpty()) {
            return new Page<>(List.of(), 0, false);
        }
        PositionSearchQueryBuilder builder = new PositionSearchQueryBuilder(reach, criteria);
        List<PositionListItem> items = sql.list(builder.page(offset, limit, descending)).stream()
                .map(PositionQueries::listItem).toList();
        long total = offset == 0 && items.size() < limit ? items.size() : sql.count(builder.cappedCount());
        return new Page<>(items, Math.min(total, Page.COUNT_CAP), total > Page.COUNT_CAP);
    }

    public Optional<PositionListItem> header(long positionId) {
        return sql.list(new SqlQuery("SELECT " + PositionSearchQueryBuilder.COLUMNS
                        + " FROM contribution_position p JOIN office o ON o.id = p.office_id WHERE p.id = ?1",
                        List.of(positionId))).stream().findFirst().map(PositionQueries::listItem);
    }

    public LocalDate statusSince(long positionId) {
        Object[] row = sql.single(new SqlQuery("SELECT status_since FROM contribution_position WHERE id = ?1",
                List.of(positionId)));
        return row == null ? null : NativeRows.date(row[0]);
    }

    /** Sum still due on open or contested debit notes, and how many there are. */
    public Object[] openDebit(long positionId) {
        return sql.single(new SqlQuery("SELECT COALESCE(SUM(amount - paid_amount), 0), COUNT(*)"
                + " FROM debit_note WHERE position_id = ?1 AND status IN ('OPEN', 'CONTESTED')", List.of(positionId)));
    }

    public BigDecimal openEca(long positionId) {
        return NativeRows.amount(sql.single(new SqlQuery("SELECT COALESCE(SUM(amount + sanction_amount), 0)"
                + " FROM eca_debit_note WHERE position_id = ?1 AND status IN ('OPEN', 'CONTESTED')",
                List.of(positionId)))[0]);
    }

    public Optional<PositionMasterData> masterData(long positionId) {
        Optional<PositionListItem> header = header(positionId);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = sql.list(new SqlQuery("SELECT c.vat_number, c.legal_form, c.street, c.postal_code,"
                + " c.city, c.province_code, c.pec, c.legal_rep_fiscal_code, c.legal_rep_name, c.phone, c.email,"
                + " p.csc, p.authorization_codes, p.ateco_code, p.classification, p.employees, p.opened_on, p.ceased_on"
                + " FROM contribution_position p JOIN contributor c ON c.id = p.contributor_id WHERE p.id = ?1",
                List.of(positionId))).get(0);
        return Optional.of(new PositionMasterData(header.get(), s(r[0]), s(r[1]), s(r[2]), s(r[3]), s(r[4]), s(r[5]),
                s(r[6]), s(r[7]), s(r[8]), s(r[9]), s(r[10]), s(r[11]), s(r[12]), s(r[13]), s(r[14]),
                ((Number) r[15]).intValue(), NativeRows.date(r[16]), NativeRows.date(r[17])));
    }

    private static String s(Object value) {
        return value == null ? null : value.toString();
    }

    static PositionListItem listItem(Object[] r) {
        return new PositionListItem(((Number) r[0]).longValue(), PositionKind.valueOf((String) r[1]), s(r[2]), s(r[3]),
                r[4] == null ? null : ((Number) r[4]).intValue(), s(r[5]), PositionStatus.valueOf((String) r[6]),
                s(r[7]), s(r[8]));
    }
}
