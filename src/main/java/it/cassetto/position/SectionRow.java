package it.cassetto.position;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One row of a section list: its id (for the detail) and one value per column, typed as the column says. */
public record SectionRow(long id, List<Object> values) {

    public SectionRow {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public Object value(int column) {
        return values.get(column);
    }
}
