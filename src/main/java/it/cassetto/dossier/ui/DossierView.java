package it.cassetto.dossier.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import it.cassetto.dossier.DossierBusyException;
import it.cassetto.dossier.DossierOptions;
import it.cassetto.dossier.DossierService;
import it.cassetto.dossier.PrintedDossier;
import it.cassetto.position.PositionService;
import it.cassetto.position.ui.PositionLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.io.InputStream;

/**
 * The company dossier of a position: what it contains and the link that prints it. The PDF is made
 * when the link is followed, in that download request (as the logged-in caller, not in the UI's own
 * requests); the browser shows the download's progress.
 */
@Route(value = "posizioni/:positionId([0-9]+)/fascicolo", layout = PositionLayout.class)
@CdiComponent
@PermitAll
public class DossierView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DossierService dossiers;
    private final PositionService positions;

    @Inject
    public DossierView(DossierService dossiers, PositionService positions) {
        this.dossiers = dossiers;
        this.positions = positions;
        setId("dossier-view");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long positionId = event.getRouteParameters().getLong("positionId")
                .orElseThrow(() -> new NotFoundException("No position"));
        // Refuses, with the access-denied page, a position the caller may not see.
        String identifier = positions.header(positionId).displayIdentifier();
        removeAll();
        add(new H1(getTranslation("position.printDossier")));
        add(new Paragraph(getTranslation("position.printDossier.help")));
        Anchor print = new Anchor();
        print.setId("print-dossier");
        print.setText(getTranslation("position.printDossier"));
        print.add(VaadinIcon.DOWNLOAD.create());
        print.getElement().setAttribute("aria-label", getTranslation("position.printDossier") + " " + identifier);
        print.setHref((DownloadHandler) download -> {
            try {
                PrintedDossier dossier = dossiers.print(positionId, DossierOptions.ALL, progress -> { });
                try (InputStream pdf = dossier.open()) {
                    download.setFileName(dossier.fileName());
                    download.setContentType("application/pdf");
                    download.setContentLength(dossier.byteSize());
                    pdf.transferTo(download.getOutputStream());
                } finally {
                    dossier.delete();
                }
            } catch (DossierBusyException busy) {
                download.getResponse().setStatus(503);
                download.getUI().access(() -> Notification.show(getTranslation("position.printDossier.busy"), 6000,
                        Notification.Position.TOP_CENTER));
            }
        }, AttachmentType.DOWNLOAD);
        add(print);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("position.printDossier") + " · " + getTranslation("app.title");
    }
}
