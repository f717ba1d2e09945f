package it.cassetto.request;

import java.util.List;

/**
 * Everything about one request that its viewer may see: the row, text, contacts and consents, timeline,
 * attachments, and what the viewer may do next (reply with documents, send a reminder; for the office,
 * take in charge, comment, ask documents, close).
 */
public record RequestDetail(RequestListItem summary, String text, String email, String mobilePhone,
                            String landline, String fax, boolean consentEmail, boolean consentSms,
                            String openedByName, List<TimelineEntry> timeline,
                            List<AttachmentArchiveInfo> attachments, boolean mayReply, boolean mayRemind,
                            boolean mayHandle) {

    public RequestDetail {
        timeline = List.copyOf(timeline);
        attachments = List.copyOf(attachments);
    }
}
