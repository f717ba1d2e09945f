package it.cassetto.dossier.internal;

import it.cassetto.position.ColumnType;
import it.cassetto.position.SectionColumn;
import it.cassetto.position.SectionRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Running totals of one section: its rows and the sum of each amount column. */
public final class SectionTotals {

    private final List<SectionColumn> columns;
    private final BigDecimal[] sums;
    private long rows;

    public SectionTotals(List<SectionColumn> columns) {
        this.columns = List.copyOf(columns);
        this.sums = new BigDecimal[columns.size()];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = columns.get(i).type() == ColumnType.AMOUNT ? BigDecimal.ZERO.setScale(2) : null;
        }
    }

    public void add(SectionRow row) {
        rows++;
        for (int i = 0; i < sums.length; i++) {
            if (sums[i] != null && row.value(i) instanceof BigDecimal amount) {
                sums[i] = sums[i].add(amount);
            }
        }
    }

    public long rows() {
        return rows;
    }

    /** The sum of each column, null for columns that are not amounts. */
    public List<BigDecimal> sums() {
        List<BigDecimal> result = new ArrayList<>(sums.length);
        for (BigDecimal sum : sums) {
            result.add(sum);
        }
        return result;
    }

    public List<SectionColumn> columns() {
        return columns;
    }
}
