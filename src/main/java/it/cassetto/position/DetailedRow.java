package it.cassetto.position;

import java.util.List;

/** A section row with its child rows (instalments of a plan, errors of a declaration; empty otherwise). */
public record DetailedRow(SectionRow row, List<SectionRow> children) {

    public DetailedRow {
        children = List.copyOf(children);
    }
}
