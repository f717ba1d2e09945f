package it.cassetto.request.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import it.cassetto.request.AttachmentArchiveInfo;
import it.cassetto.request.RequestDetail;
import it.cassetto.request.RequestService;
import it.cassetto.request.TimelineEntry;

/**
 * A request's facts, text, timeline (who, which side, when, what, comment, outcome) and attachments with
 * their downloads; the user's detail page and the office's share it. Downloads run in their own request
 * through the service, which checks the caller may read the request.
 */
public class RequestTimeline extends Composite<Div> {

    public RequestTimeline(RequestDetail detail, RequestService requests) {
        Div root = getContent();
        root.setId("request-detail");
        var s = detail.summary();
        Div facts = new Div();
        facts.addClassName("request-facts");
        facts.add(fact("request-protocol", "request.protocol", s.protocol()),
                fact("request-position", "request.position", s.positionIdentifier() + " - " + s.holderName()),
                fact("request-subject-label", "request.subject", s.subjectLabel()),
                fact("request-status", "request.status", RequestMessages.status(this, s)),
                fact("request-opened", "request.openedAt", RequestMessages.dateTime(s.openedAt())),
                fact("request-due", "request.dueOn", RequestMessages.due(this, s)),
                fact("request-opened-by", "request.openedBy", detail.openedByName()),
                fact("request-contacts", "request.contacts", contacts(detail)));
        if (s.handledByName() != null) {
            facts.add(fact("request-handled-by", "request.handledBy", s.handledByName()));
        }
        Paragraph text = new Paragraph(detail.text());
        text.setId("request-body");
        text.getStyle().set("white-space", "pre-wrap");

        OrderedList steps = new OrderedList();
        steps.setId("request-timeline");
        for (TimelineEntry entry : detail.timeline()) {
            ListItem item = new ListItem();
            item.addClassName("timeline-" + entry.kind().name().toLowerCase());
            String who = entry.actorName() + " (" + getTranslation(entry.officeSide() ? "request.side.office"
                    : "request.side.user") + ")";
            item.add(new Span(RequestMessages.dateTime(entry.at()) + " · " + getTranslation(entry.kind().labelKey())
                    + (entry.outcome() == null ? "" : " - " + getTranslation(entry.outcome().labelKey()))
                    + " · " + who));
            if (entry.text() != null) {
                Paragraph comment = new Paragraph(entry.text());
                comment.getStyle().set("white-space", "pre-wrap");
                item.add(comment);
            }
            steps.add(item);
        }

        UnorderedList files = new UnorderedList();
        files.setId("request-attachments-list");
        for (AttachmentArchiveInfo archive : detail.attachments()) {
            ListItem item = new ListItem();
            Anchor download = new Anchor();
            download.setId("request-archive-" + archive.id());
            download.setText(archive.fileName() + " (" + archive.byteSize() / 1024 + " KB)");
            download.setHref((DownloadHandler) event -> {
                event.setFileName(archive.fileName());
                event.setContentType("application/zip");
                requests.writeArchive(s.id(), archive.id(), event.getOutputStream());
            }, AttachmentType.DOWNLOAD);
            item.add(download);
            UnorderedList inside = new UnorderedList();
            for (AttachmentArchiveInfo.AttachedFile file : archive.files()) {
                inside.add(new ListItem(file.originalName() + " · " + file.contentType() + " · "
                        + Math.max(1, file.byteSize() / 1024) + " KB"));
            }
            item.add(inside);
            files.add(item);
        }
        if (detail.attachments().isEmpty()) {
            files.add(new ListItem(getTranslation("request.attachments.none")));
        }
        Anchor receipt = new Anchor();
        receipt.setId("request-receipt");
        receipt.setText(getTranslation("request.receipt"));
        receipt.setHref((DownloadHandler) event -> {
            byte[] pdf = requests.receipt(s.id());
            event.setFileName("ricevuta-" + s.protocol().replace('.', '-') + ".pdf");
            event.setContentType("application/pdf");
            event.setContentLength(pdf.length);
            event.getOutputStream().write(pdf);
        }, AttachmentType.DOWNLOAD);

        root.add(facts, receipt, new H2(getTranslation("request.text")), text,
                new H2(getTranslation("request.timeline")), steps,
                new H2(getTranslation("request.attachments")), files);
    }

    private static String contacts(RequestDetail detail) {
        StringBuilder out = new StringBuilder();
        for (String value : new String[] {detail.email(), detail.mobilePhone(), detail.landline(), detail.fax()}) {
            if (value != null) {
                out.append(out.length() == 0 ? "" : " · ").append(value);
            }
        }
        return out.toString();
    }

    private Div fact(String id, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("fact-label");
        Span text = new Span(value == null ? "" : value);
        text.setId(id);
        return new Div(label, text);
    }
}
