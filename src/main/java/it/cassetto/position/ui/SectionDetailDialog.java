package it.cassetto.position.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import it.cassetto.position.SectionColumn;
import it.cassetto.position.SectionDetail;
import it.cassetto.position.SectionRow;

/** One row of a section in full, with its children (instalments of a plan, errors of a declaration). */
class SectionDetailDialog extends Dialog {

    SectionDetailDialog(SectionDetail detail) {
        setId("section-detail");
        setHeaderTitle(getTranslation("section.detail.title", getTranslation(detail.section().labelKey())));
        setWidth("min(60rem, 95vw)");
        DescriptionList fields = new DescriptionList();
        fields.addClassName("master-data");
        for (int i = 0; i < detail.columns().size(); i++) {
            SectionColumn column = detail.columns().get(i);
            String value = SectionFormats.format(this, column.type(), detail.row().value(i));
            fields.add(new DescriptionList.Term(getTranslation(column.labelKey())),
                    new DescriptionList.Description(value.isBlank() ? "—" : value));
        }
        add(fields);
        if (!detail.childColumns().isEmpty()) {
            add(new H3(getTranslation("section.detail.children." + detail.section().code())));
            Grid<SectionRow> children = SectionGrids.create(detail.childColumns(), false);
            children.setId("section-detail-children");
            children.setItems(detail.children());
            children.setEmptyStateText(getTranslation("section.detail.noChildren"));
            children.setAllRowsVisible(true);
            add(children);
        }
        Button close = new Button(getTranslation("dialog.close"), e -> close());
        close.setId("section-detail-close");
        getFooter().add(close);
    }
}
