package it.cassetto.delegation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import it.cassetto.delegation.IntermediaryDelegationService;

/** A link that downloads the delegation form (PDF) to be signed; the service checks the firm owns it. */
final class DelegationFormLink {

    private DelegationFormLink() {
    }

    static Anchor of(IntermediaryDelegationService service, long delegationId, String label, String positionIdent) {
        Anchor link = new Anchor();
        link.setId("form-" + delegationId);
        link.add(VaadinIcon.FILE_TEXT_O.create());
        link.add(label);
        link.getElement().setAttribute("aria-label", label + " " + positionIdent);
        link.setHref((DownloadHandler) download -> {
            byte[] pdf = service.delegationForm(delegationId);
            download.setFileName("delega-" + delegationId + ".pdf");
            download.setContentType("application/pdf");
            download.setContentLength(pdf.length);
            download.getOutputStream().write(pdf);
        }, com.vaadin.flow.component.html.AttachmentType.DOWNLOAD);
        return link;
    }
}
