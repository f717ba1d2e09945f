package it.cassetto.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaggedPdfTest {

    private static final String PAGE = """
            <html xmlns="http://www.w3.org/1999/xhtml" lang="it" xml:lang="it">
            <head><title>Modulo di prova</title>
            <style>* { font-family: 'DejaVu Sans Condensed'; } th { font-weight: bold; text-align: left; }</style>
            </head>
            <body>
            <h1>Modulo di delega</h1>
            <p>Il sottoscritto dichiara quanto segue, con lettere accentate: àèéìòù.</p>
            <table><thead><tr><th scope="col">Posizione</th><th scope="col">Ambito</th></tr></thead>
            <tbody><tr><td>7001000005</td><td>Consultazione e invio</td></tr></tbody></table>
            </body></html>
            """;

    @Test
    void aRenderedPage_isValidPdfA3u_andPdfUa1_forVeraPdf() throws Exception {
        byte[] pdf = TaggedPdf.render(PAGE);

        assertThat(VeraPdf.failures(pdf, VeraPdf.PDF_A_3U)).isEmpty();
        assertThat(VeraPdf.failures(pdf, VeraPdf.PDF_UA_1)).isEmpty();
    }
}
