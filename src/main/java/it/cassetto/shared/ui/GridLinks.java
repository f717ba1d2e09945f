package it.cassetto.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rows that open something, for the mouse and for the keyboard. A grid's item click is a mouse event only:
 * with the keyboard (WCAG 2.1.1) a row could not be opened. So Enter on a row opens it (Tab into the grid,
 * Tab again to its rows, the arrow keys to the row), the row's identifying column is a link to the row's page
 * (a screen reader lists it among the page's links, and it opens in a new tab as any link does), and a click
 * anywhere else on the row opens the same page. A row that opens a dialog rather than a page gets a button instead. Such a grid
 * selects nothing: selecting the row that has the focus re-rendered it, and the link or button in it lost the
 * keyboard's focus.
 */
public final class GridLinks {

    private GridLinks() {
    }

    /**
     * Adds to the grid a column whose cells link to each row's page ({@code address}: a portal path such as
     * {@code richieste/42}), showing {@code text}; a click elsewhere on a row navigates there too.
     */
    public static <T> Grid.Column<T> addLinkColumn(Grid<T> grid, SerializableFunction<T, String> text,
                                                   SerializableFunction<T, String> address) {
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        Grid.Column<T> links = grid.addComponentColumn(item -> {
            Anchor link = new Anchor(address.apply(item), text.apply(item));
            // Navigation inside the single-page application, as the menu's links do; the link fills its cell
            // (theme: .row-link), so a click in that column is the link's, never also the row's.
            link.getElement().setAttribute("router-link", true);
            link.addClassName("row-link");
            return link;
        });
        grid.addItemClickListener(click -> {
            if (click.getColumn() != links) {
                grid.getUI().ifPresent(ui -> ui.navigate(address.apply(click.getItem())));
            }
        });
        openOnEnter(grid, item -> grid.getUI().ifPresent(ui -> ui.navigate(address.apply(item))));
        return links;
    }

    /**
     * Adds to the grid a column with a button in each row ({@code text}) that does {@code open} with the row; a
     * click elsewhere on a row does the same.
     */
    public static <T> Grid.Column<T> addButtonColumn(Grid<T> grid, String text, SerializableConsumer<T> open) {
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        Grid.Column<T> buttons = grid.addComponentColumn(item -> {
            Button button = new Button(text, click -> open.accept(item));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return button;
        });
        grid.addItemClickListener(click -> {
            if (click.getColumn() != buttons) {
                open.accept(click.getItem());
            }
        });
        openOnEnter(grid, open);
        return buttons;
    }

    /**
     * Enter on a row (the grid's keyboard focus on one of its cells) opens it. The grid keeps Enter inside a cell
     * for itself (it steps into the cell, and out again), so a link or button in a cell is not a reliable
     * keyboard path on its own.
     */
    private static <T> void openOnEnter(Grid<T> grid, SerializableConsumer<T> open) {
        AtomicReference<T> focused = new AtomicReference<>();
        grid.addCellFocusListener(focus -> focused.set(focus.getItem().orElse(null)));
        grid.getElement().addEventListener("keydown", key -> {
            T item = focused.get();
            if (item != null) {
                open.accept(item);
            }
        }).setFilter("event.key === 'Enter' && event.target === element");
    }
}
