package it.cassetto.request.internal;

import it.cassetto.request.AttachmentArchiveInfo;
import it.cassetto.request.internal.RequestStore.RequestRow;
import it.cassetto.shared.pdf.TaggedPdf;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The receipt of a protocolled request as a one-page archival and accessible PDF ({@link TaggedPdf}: PDF/A-3u,
 * tagged, fonts embedded): protocol number, date and time, position, subject, sender, contacts, due date, the
 * text and the list of attachments with their sizes.
 */
public final class ReceiptPdf {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Rome"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ReceiptPdf() {
    }

    public static byte[] render(RequestRow request, List<AttachmentArchiveInfo> archives) {
        StringBuilder files = new StringBuilder();
        for (AttachmentArchiveInfo archive : archives) {
            for (AttachmentArchiveInfo.AttachedFile file : archive.files()) {
                files.append("<li>").append(escape(file.originalName())).append(" (")
                        .append(escape(file.contentType())).append(", ").append(file.byteSize()).append(" byte)</li>");
            }
        }
        String html = """
                <html xmlns="http://www.w3.org/1999/xhtml" lang="it" xml:lang="it"><head><title>Ricevuta %1$s</title>
                <style>* { font-family: '%12$s'; } body { font-size: 11pt; }
                th { text-align: left; padding-right: 12pt; font-weight: bold; }
                h1 { font-size: 16pt; } div.text { white-space: pre-wrap; border: 1px solid #888888; padding: 6pt; }</style>
                </head><body>
                <h1>Ricevuta di protocollazione - Comunicazione bidirezionale</h1>
                <table><tbody>
                <tr><th scope="row">Protocollo</th><td>%1$s</td></tr>
                <tr><th scope="row">Data e ora</th><td>%2$s</td></tr>
                <tr><th scope="row">Posizione</th><td>%3$s - %4$s</td></tr>
                <tr><th scope="row">Oggetto</th><td>%5$s</td></tr>
                <tr><th scope="row">Inviata da</th><td>%6$s</td></tr>
                <tr><th scope="row">E-mail</th><td>%7$s</td></tr>
                <tr><th scope="row">Cellulare</th><td>%8$s</td></tr>
                <tr><th scope="row">Risposta attesa entro</th><td>%9$s</td></tr>
                </tbody></table>
                <h2>Testo della richiesta</h2>
                <div class="text">%10$s</div>
                <h2>Allegati</h2>
                <ul>%11$s</ul>
                </body></html>
                """.formatted(escape(request.protocol()), DATE_TIME.format(request.openedAt()),
                escape(request.identifier()), escape(request.holderName()), escape(request.subjectLabel()),
                escape(request.openedByName()), escape(orDash(request.email())), escape(orDash(request.mobilePhone())),
                request.dueOn() == null ? "nessun tempo garantito" : DATE.format(request.dueOn()),
                escape(request.body()), files.length() == 0 ? "<li>nessuno</li>" : files, TaggedPdf.FONT_FAMILY);
        return TaggedPdf.render(html);
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
