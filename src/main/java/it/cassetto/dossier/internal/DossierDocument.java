package it.cassetto.dossier.internal;

import static it.cassetto.dossier.internal.Xml.escape;

import it.cassetto.position.PositionListItem;
import it.cassetto.shared.value.PeriodRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the dossier's XHTML templates: {@code dossier.xhtml} (with {@code dossier.css}) gives every part of a
 * dossier its head, page box and the footer with the position and the content digest ("pagina N di M" is added
 * to the pages by {@link PageFooters});
 * {@code dossier-front.xhtml} is the content of the first part, the title page and the table of contents with
 * the page of each section; the other parts' content is sections written before by {@link DossierBody}.
 */
public final class DossierDocument {

    static final String TEMPLATE = "/it/cassetto/dossier/dossier.xhtml";
    static final String FRONT = "/it/cassetto/dossier/dossier-front.xhtml";
    static final String CSS = "/it/cassetto/dossier/dossier.css";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

    /** What the cover says: the position, who printed it and when (Italian time), the periods included. */
    public record Cover(PositionListItem position, String printedBy, ZonedDateTime printedAt, PeriodRange period) {
    }

    /** One line of the table of contents: the anchor of a section heading, its title and its page (1-based). */
    public record TocEntry(String anchor, String title, int page) {

        public TocEntry(String anchor, String title) {
            this(anchor, title, 0);
        }

        public TocEntry onPage(int number) {
            return new TocEntry(anchor, title, number);
        }
    }

    private DossierDocument() {
    }

    /** Writes one part of a dossier: the template with the part's content copied from the reader. */
    public static void writePart(Writer out, ResourceBundle labels, Cover cover, String contentSha256,
                                 Reader content) {
        String template = resource(TEMPLATE);
        int contentAt = template.indexOf("{{content}}");
        try {
            out.write(fill(template.substring(0, contentAt), head(labels, cover, contentSha256)));
            content.transferTo(out);
            out.write(fill(template.substring(contentAt + "{{content}}".length()), Map.of()));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content of the first part: title page and table of contents, with the entries' pages. */
    public static String front(ResourceBundle labels, Cover cover, List<TocEntry> toc, String contentSha256) {
        return fill(resource(FRONT), values(labels, cover, toc, contentSha256));
    }

    static Map<String, String> head(ResourceBundle labels, Cover cover, String contentSha256) {
        PositionListItem position = cover.position();
        String identifier = position.displayIdentifier();
        String title = label(labels, "dossier.title") + " " + identifier + " - " + position.holderName();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", escape(title));
        values.put("subject", escape(label(labels, "dossier.subject")));
        values.put("author", escape(label(labels, "app.title")));
        values.put("keywords", escape(identifier + ", " + position.holderFiscalCode() + ", SHA-256 " + contentSha256));
        values.put("css", styleText(resource(CSS)));
        values.put("footer", styleText(Xml.cssString(label(labels, "dossier.footer.position") + " " + identifier
                + " - " + label(labels, "dossier.footer.digest") + " " + contentSha256)));
        return values;
    }

    static Map<String, String> values(ResourceBundle labels, Cover cover, List<TocEntry> toc, String contentSha256) {
        PositionListItem position = cover.position();
        String identifier = position.displayIdentifier();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("institute", escape(label(labels, "app.title")));
        values.put("heading", escape(label(labels, "dossier.title")));
        values.put("holderName", escape(position.holderName()));
        StringBuilder fields = new StringBuilder();
        field(fields, labels, "dossier.field.identifier", identifier);
        field(fields, labels, "dossier.field.contributor", position.holderName() + " - " + position.holderFiscalCode());
        field(fields, labels, "dossier.field.kind", label(labels, "code." + position.kind().name()));
        field(fields, labels, "dossier.field.status", label(labels, "code." + position.status().name()));
        field(fields, labels, "dossier.field.office", position.officeCode() + " - " + position.officeName());
        field(fields, labels, "dossier.cover.periods", periods(labels, cover.period()));
        field(fields, labels, "dossier.cover.printedBy", cover.printedBy());
        field(fields, labels, "dossier.cover.printedAt", ItalianFormats.dateTime(cover.printedAt()) + " "
                + label(labels, "dossier.cover.italianTime"));
        field(fields, labels, "dossier.cover.digest", contentSha256);
        values.put("coverFields", fields.toString());
        values.put("note", escape(label(labels, "dossier.cover.note")));
        values.put("tocTitle", escape(label(labels, "dossier.toc")));
        StringBuilder entries = new StringBuilder();
        for (TocEntry entry : toc) {
            // The leader and page come after a span: after the li itself, they would be tagged as a list item.
            // The link's address names the section; ContentsLinks points it at the section's page.
            entries.append("<li><a href=\"").append(ContentsLinks.SCHEME).append(escape(entry.anchor()))
                    .append("\"><span data-page=\"").append(entry.page()).append("\">").append(escape(entry.title()))
                    .append("</span></a></li>\n");
        }
        values.put("toc", entries.toString());
        return values;
    }

    /** Text inside the style element: only what XML itself forbids is escaped. */
    static String styleText(String css) {
        return css.replace("&", "&amp;").replace("<", "&lt;");
    }

    static String periods(ResourceBundle labels, PeriodRange period) {
        if (period.from() == null && period.to() == null) {
            return label(labels, "dossier.cover.periods.all");
        }
        return (period.from() == null ? "" : label(labels, "dossier.cover.periods.from") + " "
                + ItalianFormats.period(period.from()) + " ")
                + (period.to() == null ? "" : label(labels, "dossier.cover.periods.to") + " "
                + ItalianFormats.period(period.to()));
    }

    private static void field(StringBuilder out, ResourceBundle labels, String key, String value) {
        out.append("<tr><th scope=\"row\">").append(escape(label(labels, key))).append("</th><td>")
                .append(escape(value)).append("</td></tr>\n");
    }

    static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 4096);
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for {{" + matcher.group(1) + "}}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String label(ResourceBundle labels, String key) {
        return labels.containsKey(key) ? labels.getString(key) : key;
    }

    static String resource(String name) {
        try (InputStream in = DossierDocument.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
