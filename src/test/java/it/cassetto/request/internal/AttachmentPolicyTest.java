package it.cassetto.request.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cassetto.request.AttachmentUpload;
import it.cassetto.request.RequestRuleException;
import it.cassetto.request.internal.AttachmentPolicy.CheckedFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {

    static AttachmentUpload file(String name, byte[] bytes) {
        return new AttachmentUpload(name, () -> new ByteArrayInputStream(bytes));
    }

    static byte[] pdf(int size) {
        byte[] head = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = Arrays.copyOf(head, Math.max(size, head.length));
        Arrays.fill(bytes, head.length, bytes.length, (byte) ' ');
        return bytes;
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
    }

    static byte[] windowsExecutable() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    static byte[] zip(Object... nameAndBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < nameAndBytes.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) nameAndBytes[i]));
                zip.write((byte[]) nameAndBytes[i + 1]);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static String refusal(List<AttachmentUpload> files) {
        try {
            AttachmentPolicy.check(files);
        } catch (RequestRuleException e) {
            return e.messageKey();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void threeAcceptableFiles_passWithTheirDetectedTypesAndSafeNames() {
        List<CheckedFile> checked = AttachmentPolicy.check(List.of(file("Fattura.pdf", pdf(2000)),
                file("ricevuta.png", png()), file("note.txt", "Buongiorno,\nallego i documenti.\n".getBytes())));
        assertThat(checked).extracting(CheckedFile::contentType)
                .containsExactly("application/pdf", "image/png", "text/plain");
        assertThat(checked).extracting(CheckedFile::storedName)
                .containsExactly("1-Fattura.pdf", "2-ricevuta.png", "3-note.txt");
        assertThat(checked.get(0).byteSize()).isEqualTo(2000);
        assertThat(checked.get(0).sha256()).hasSize(64);
    }

    @Test
    void aFourthFile_isRefused() {
        byte[] p = pdf(100);
        assertThat(refusal(List.of(file("a.pdf", p), file("b.pdf", p), file("c.pdf", p), file("d.pdf", p))))
                .isEqualTo("request.error.tooManyFiles");
    }

    @Test
    void exactlyThreeMegabytes_passes_andOneByteMore_isRefused() {
        assertThat(AttachmentPolicy.check(List.of(file("a.pdf", pdf((int) AttachmentPolicy.MAX_BYTES)))))
                .hasSize(1);
        assertThat(refusal(List.of(file("a.pdf", pdf((int) AttachmentPolicy.MAX_BYTES + 1)))))
                .isEqualTo("request.error.tooLarge");
    }

    @Test
    void theSizeIsCountedOnTheBytes_notOnWhatTheStreamClaims() {
        byte[] big = pdf(4 * 1024 * 1024);
        AttachmentUpload lying = new AttachmentUpload("a.pdf", () -> new ByteArrayInputStream(big) {
            @Override
            public synchronized int available() {
                return 10;
            }
        });
        assertThat(refusal(List.of(lying))).isEqualTo("request.error.tooLarge");
    }

    @Test
    void aWindowsExecutableNamedAsAPdf_isRefused() {
        assertThat(refusal(List.of(file("fattura.pdf", windowsExecutable())))).isEqualTo("request.error.executable");
    }

    @Test
    void anElfBinaryNamedAsText_isRefused() {
        byte[] elf = Arrays.copyOf(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, 256);
        String key = refusal(List.of(file("note.txt", elf)));
        assertThat(key).isIn("request.error.executable", "request.error.typeNotAllowed");
    }

    @Test
    void aShellScriptNamedAsText_isRefused() {
        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(refusal(List.of(file("note.txt", script))))
                .isIn("request.error.executable", "request.error.typeNotAllowed");
    }

    @Test
    void anExecutableName_isRefusedWhateverTheContent() {
        assertThat(refusal(List.of(file("istruzioni.bat", "echo ciao".getBytes()))))
                .isEqualTo("request.error.executable");
        assertThat(refusal(List.of(file("lettera.pdf.exe", pdf(100))))).isEqualTo("request.error.executable");
    }

    @Test
    void aTypeOutsideTheAllowList_isRefused() {
        byte[] html = "<!DOCTYPE html><html><head><script>alert(1)</script></head><body></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(List.of(file("pagina.html", html)))).isEqualTo("request.error.typeNotAllowed");
    }

    @Test
    void anEmptyFile_isRefused() {
        assertThat(refusal(List.of(file("vuoto.pdf", new byte[0])))).isEqualTo("request.error.emptyFile");
    }

    @Test
    void anOrdinaryZip_passes() throws IOException {
        byte[] zip = zip("a.pdf", pdf(5000), "b.txt", "testo".getBytes());
        assertThat(AttachmentPolicy.check(List.of(file("documenti.zip", zip))).get(0).contentType())
                .isEqualTo("application/zip");
    }

    @Test
    void aZipBomb_isRefused() throws IOException {
        byte[] zeros = new byte[60 * 1024 * 1024];
        byte[] bomb = zip("zeros.dat", zeros);
        assertThat(bomb.length).isLessThan((int) AttachmentPolicy.MAX_BYTES);
        assertThat(refusal(List.of(file("documenti.zip", bomb)))).isEqualTo("request.error.zipBomb");
    }

    @Test
    void aZipWithAnInflationRatioAboveTheLimit_isRefused() throws IOException {
        byte[] bomb = zip("zeros.txt", new byte[10 * 1024 * 1024]);
        assertThat(refusal(List.of(file("documenti.zip", bomb)))).isEqualTo("request.error.zipBomb");
    }

    @Test
    void aZipWithTooManyEntries_isRefused() throws IOException {
        List<Object> entries = new ArrayList<>();
        for (int i = 0; i <= AttachmentPolicy.MAX_ENTRIES; i++) {
            entries.add("f" + i + ".txt");
            entries.add(new byte[] {'x'});
        }
        assertThat(refusal(List.of(file("molti.zip", zip(entries.toArray()))))).isEqualTo("request.error.zipBomb");
    }

    @Test
    void aZipHidingAnExecutable_isRefused_byNameOrByContent() throws IOException {
        assertThat(refusal(List.of(file("documenti.zip", zip("setup.exe", windowsExecutable())))))
                .isEqualTo("request.error.executable");
        assertThat(refusal(List.of(file("documenti.zip", zip("fattura.pdf", windowsExecutable())))))
                .isEqualTo("request.error.executable");
    }

    @Test
    void aZipInsideAZip_isRefused() throws IOException {
        byte[] inner = zip("a.txt", "ciao".getBytes());
        assertThat(refusal(List.of(file("documenti.zip", zip("altro.zip", inner)))))
                .isEqualTo("request.error.nestedArchive");
    }

    @Test
    void aTruncatedZip_isRefusedAsDamaged() throws IOException {
        byte[] zip = zip("a.pdf", pdf(50_000));
        byte[] broken = Arrays.copyOf(zip, 30);
        assertThat(refusal(List.of(file("documenti.zip", broken))))
                .isIn("request.error.damaged", "request.error.typeNotAllowed");
    }

    @Test
    void anOfficeDocument_isRecognisedFromTheBytesAndItsName() throws IOException {
        byte[] docx = zip("[Content_Types].xml", "<Types/>".getBytes(), "word/document.xml", "<w:document/>".getBytes());
        assertThat(AttachmentPolicy.check(List.of(file("lettera.docx", docx))).get(0).contentType())
                .isIn("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "application/x-tika-ooxml");
    }

    @Test
    void storedNames_haveNoFoldersNoOddCharactersAndNoLeadingDots() {
        assertThat(AttachmentPolicy.storedName("../../etc/passwd", 1)).isEqualTo("1-passwd");
        assertThat(AttachmentPolicy.storedName("C:\\Users\\anna\\Fattura àèì 2026?.pdf", 2))
                .isEqualTo("2-Fattura_aei_2026_.pdf");
        assertThat(AttachmentPolicy.storedName(".htaccess", 3)).isEqualTo("3-htaccess");
        assertThat(AttachmentPolicy.storedName("...", 1)).isEqualTo("1-allegato");
        assertThat(AttachmentPolicy.storedName("a".repeat(300) + ".pdf", 1)).hasSize(82).endsWith(".pdf");
        assertThat(AttachmentPolicy.displayName("../x/\u0000rel.pdf")).isEqualTo("rel.pdf");
    }

    @Test
    void theArchive_holdsEveryCheckedFileUnderItsStoredName() throws IOException {
        byte[] first = pdf(70_000);
        byte[] second = png();
        List<CheckedFile> checked = AttachmentPolicy.check(List.of(file("a b.pdf", first), file("c.png", second)));
        try (AttachmentArchive archive = AttachmentArchive.write(checked);
             InputStream in = archive.open(); ZipInputStream zip = new ZipInputStream(in)) {
            assertThat(archive.sha256()).hasSize(64);
            assertThat(archive.byteSize()).isLessThan(first.length);
            assertThat(zip.getNextEntry().getName()).isEqualTo("1-a_b.pdf");
            assertThat(zip.readAllBytes()).isEqualTo(first);
            assertThat(zip.getNextEntry().getName()).isEqualTo("2-c.png");
            assertThat(zip.readAllBytes()).isEqualTo(second);
            assertThat(zip.getNextEntry()).isNull();
        }
    }

    @Test
    void aFileChangedBetweenCheckAndArchive_isRefused() {
        byte[] bytes = pdf(1000);
        CheckedFile checked = AttachmentPolicy.check(List.of(file("a.pdf", bytes))).get(0);
        byte[] other = pdf(1000);
        other[500] = 'x';
        CheckedFile swapped = new CheckedFile(file("a.pdf", other), checked.originalName(), checked.storedName(),
                checked.contentType(), checked.byteSize(), checked.sha256());
        assertThatThrownBy(() -> AttachmentArchive.write(List.of(swapped)))
                .isInstanceOf(RequestRuleException.class)
                .extracting(e -> ((RequestRuleException) e).messageKey())
                .isEqualTo("request.error.changedWhileSending");
    }
}
