package it.cassetto.position.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import it.cassetto.position.ColumnType;
import it.cassetto.position.SectionColumn;
import it.cassetto.position.SectionRow;
import java.util.List;

/** Builds grids whose columns follow a section's column definitions, values in Italian formats. */
final class SectionGrids {

    private SectionGrids() {
    }

    static Grid<SectionRow> create(List<SectionColumn> columns, boolean sortable) {
        Grid<SectionRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        for (int i = 0; i < columns.size(); i++) {
            SectionColumn column = columns.get(i);
            int index = i;
            Grid.Column<SectionRow> added = grid
                    .addColumn(row -> SectionFormats.format(grid, column.type(), row.value(index)))
                    .setHeader(grid.getTranslation(column.labelKey()))
                    .setKey(column.key())
                    .setAutoWidth(true)
                    .setResizable(true);
            if (column.type() == ColumnType.AMOUNT || column.type() == ColumnType.NUMBER) {
                added.setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
            }
            added.setSortable(sortable && column.sortable());
        }
        return grid;
    }
}
