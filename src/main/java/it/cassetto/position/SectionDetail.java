package it.cassetto.position;

import java.util.List;

/**
 * One row of a section in full, with its child rows when the section has them (the instalments of an
 * amortisation plan, the errors of a declaration; capped at {@link #MAX_CHILDREN}).
 */
public record SectionDetail(Section section, long positionId, List<SectionColumn> columns, SectionRow row,
                            List<SectionColumn> childColumns, List<SectionRow> children) {

    public static final int MAX_CHILDREN = 500;

    public SectionDetail {
        columns = List.copyOf(columns);
        childColumns = List.copyOf(childColumns);
        children = List.copyOf(children);
    }
}
