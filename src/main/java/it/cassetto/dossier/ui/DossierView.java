package it.cassetto.dossier.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import it.cassetto.dossier.DossierBusyException;
import it.cassetto.dossier.DossierOptions;
import it.cassetto.dossier.DossierPrintJob;
import it.cassetto.dossier.DossierProgress;
import it.cassetto.dossier.DossierService;
import it.cassetto.dossier.PrintedDossier;
import it.cassetto.position.PositionService;
import it.cassetto.position.ui.PositionLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.Optional;

/**
 * The company dossier of a position: what it contains and the button that prints it. The print starts in
 * the click's request (access check and reading), then the PDF is written in the background while this view
 * polls its progress (a progress bar and a polite live text for screen readers), and offers the download
 * when it is ready. Only the user who started the print can download it (the service checks); leaving the
 * view forgets the print and deletes its file.
 */
@Route(value = "posizioni/:positionId([0-9]+)/fascicolo", layout = PositionLayout.class)
@CdiComponent
@PermitAll
public class DossierView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int POLL_MILLIS = 500;

    private final DossierService dossiers;
    private final PositionService positions;
    private final Button print = new Button();
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Paragraph status = new Paragraph();
    private final Anchor download = new Anchor();
    private long positionId;
    private String jobId;
    private Registration polling;

    @Inject
    public DossierView(DossierService dossiers, PositionService positions) {
        this.dossiers = dossiers;
        this.positions = positions;
        setId("dossier-view");
        setPadding(false);
        print.setId("print-dossier");
        print.setIcon(VaadinIcon.PRINT.create());
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.setDisableOnClick(true);
        print.addClickListener(click -> start());
        bar.setId("dossier-progress");
        bar.setWidth("min(100%, 32em)");
        status.setId("dossier-progress-text");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        download.setId("download-dossier");
        download.add(VaadinIcon.DOWNLOAD.create());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        positionId = event.getRouteParameters().getLong("positionId")
                .orElseThrow(() -> new NotFoundException("No position"));
        // Refuses, with the access-denied page, a position the caller may not see.
        String identifier = positions.header(positionId).displayIdentifier();
        forgetPrint();
        removeAll();
        print.setText(getTranslation("position.printDossier"));
        print.getElement().setAttribute("aria-label", getTranslation("position.printDossier") + " " + identifier);
        print.setEnabled(true);
        bar.setVisible(false);
        bar.getElement().setAttribute("aria-label", getTranslation("dossier.print.progressLabel"));
        status.setText("");
        download.setVisible(false);
        add(new H1(getTranslation("position.printDossier")), new Paragraph(getTranslation("position.printDossier.help")),
                print, bar, status, download);
    }

    private void start() {
        forgetPrint();
        download.setVisible(false);
        try {
            DossierPrintJob job = dossiers.start(positionId, DossierOptions.ALL);
            jobId = job.id();
            bar.setVisible(true);
            show(job);
            UI ui = UI.getCurrent();
            polling = ui.addPollListener(poll -> refresh());
            ui.setPollInterval(POLL_MILLIS);
        } catch (DossierBusyException busy) {
            status.setText(getTranslation("position.printDossier.busy"));
            print.setEnabled(true);
        }
    }

    private void refresh() {
        if (jobId == null) {
            stopPolling();
            return;
        }
        Optional<DossierPrintJob> job = dossiers.job(jobId);
        if (job.isEmpty()) {
            status.setText(getTranslation("dossier.print.expired"));
            jobId = null;
            stopPolling();
            bar.setVisible(false);
            print.setEnabled(true);
            return;
        }
        show(job.get());
    }

    private void show(DossierPrintJob job) {
        DossierProgress progress = job.progress();
        bar.setIndeterminate(progress.stage() == DossierProgress.Stage.QUEUED);
        bar.setValue(Math.max(0, Math.min(1, progress.fraction())));
        status.setText(switch (progress.stage()) {
            case QUEUED -> getTranslation("dossier.print.queued");
            case READING -> getTranslation("dossier.print.reading", progress.done(), progress.total());
            case WRITING -> getTranslation("dossier.print.writing", progress.done(), progress.total());
            case DONE -> getTranslation("dossier.print.ready", job.pageCount(), sizeText(job.byteSize()));
            case FAILED -> getTranslation(job.failure() == DossierPrintJob.Failure.REFUSED
                    ? "dossier.print.refused" : "dossier.print.failed");
        });
        if (job.finished()) {
            stopPolling();
            bar.setVisible(false);
            print.setEnabled(true);
        }
        if (job.ready()) {
            offer(job);
        }
    }

    private void offer(DossierPrintJob job) {
        String id = job.id();
        download.setText(getTranslation("dossier.print.download", job.fileName()));
        download.add(VaadinIcon.DOWNLOAD.create());
        // Runs in the download's own request, as the logged-in user: the service checks that it is the owner.
        download.setHref((DownloadHandler) event -> {
            PrintedDossier dossier = dossiers.result(id);
            try (InputStream pdf = dossier.open()) {
                event.setFileName(dossier.fileName());
                event.setContentType("application/pdf");
                event.setContentLength(dossier.byteSize());
                pdf.transferTo(event.getOutputStream());
            }
        }, AttachmentType.DOWNLOAD);
        download.setVisible(true);
    }

    private String sizeText(long bytes) {
        return bytes >= 1 << 20 ? getTranslation("dossier.print.sizeMb", bytes / (double) (1 << 20))
                : getTranslation("dossier.print.sizeKb", Math.max(1, bytes >> 10));
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    private void forgetPrint() {
        stopPolling();
        if (jobId != null) {
            String id = jobId;
            jobId = null;
            try {
                dossiers.discard(id);
            } catch (RuntimeException outsideARequest) {
                // A session that ends has no caller: the service deletes the file when the print expires.
            }
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        forgetPrint();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("position.printDossier") + " · " + getTranslation("app.title");
    }
}
