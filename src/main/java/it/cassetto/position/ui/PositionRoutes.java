package it.cassetto.position.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import it.cassetto.position.Section;
import java.util.Arrays;

/**
 * Typed navigation to a position and its sections. The position being worked on lives in the URL,
 * so each browser tab can work on its own position and every page can be bookmarked.
 */
public final class PositionRoutes {

    static final String POSITION_ID = "positionId";
    static final String SECTION = "section";

    private PositionRoutes() {
    }

    /** Opens the position's summary. */
    public static void openPosition(UI ui, long positionId) {
        ui.navigate(PositionSummaryView.class, parameters(positionId));
    }

    static void openSection(UI ui, long positionId, Section section) {
        switch (section) {
            case SUMMARY -> openPosition(ui, positionId);
            case MASTER_DATA -> ui.navigate(MasterDataView.class, parameters(positionId));
            default -> ui.navigate(SectionView.class, sectionParameters(positionId, section));
        }
    }

    static RouteParameters parameters(long positionId) {
        return new RouteParameters(POSITION_ID, Long.toString(positionId));
    }

    static RouteParameters sectionParameters(long positionId, Section section) {
        return new RouteParameters(new RouteParam(POSITION_ID, Long.toString(positionId)),
                new RouteParam(SECTION, section.code()));
    }

    /** The position id of the URL; an id that is not a number leads to the not-found page. */
    static long positionId(BeforeEnterEvent event) {
        return event.getRouteParameters().getLong(POSITION_ID)
                .orElseThrow(() -> new NotFoundException("No position in " + event.getLocation().getPath()));
    }

    /** The list section named in the URL; an unknown name leads to the not-found page. */
    static Section section(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get(SECTION).orElse("");
        return Arrays.stream(Section.values()).filter(s -> s.isList() && s.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("No section " + code));
    }
}
