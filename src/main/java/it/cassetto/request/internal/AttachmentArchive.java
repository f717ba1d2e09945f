package it.cassetto.request.internal;

import it.cassetto.request.RequestRuleException;
import it.cassetto.request.internal.AttachmentPolicy.CheckedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a submission's checked files as one zip archive in a temporary file, streaming each file once
 * more from its source (a few buffers in memory whatever the sizes). A file whose bytes changed since
 * the check (size or SHA-256) is refused, so what is stored is what was checked.
 */
public final class AttachmentArchive implements AutoCloseable {

    private final Path file;
    private final long byteSize;
    private final String sha256;

    private AttachmentArchive(Path file, long byteSize, String sha256) {
        this.file = file;
        this.byteSize = byteSize;
        this.sha256 = sha256;
    }

    public static AttachmentArchive write(List<CheckedFile> files) {
        Path temp = null;
        try {
            temp = Files.createTempFile("cassetto-request-", ".zip");
            MessageDigest archiveDigest = AttachmentPolicy.sha256();
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), archiveDigest);
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.setLevel(Deflater.DEFAULT_COMPRESSION);
                byte[] buffer = new byte[64 * 1024];
                for (CheckedFile checked : files) {
                    zip.putNextEntry(new ZipEntry(checked.storedName()));
                    MessageDigest digest = AttachmentPolicy.sha256();
                    long size = 0;
                    try (InputStream in = checked.upload().opener().open()) {
                        for (int n; (n = in.read(buffer)) >= 0; ) {
                            size += n;
                            if (size > checked.byteSize()) {
                                break;
                            }
                            digest.update(buffer, 0, n);
                            zip.write(buffer, 0, n);
                        }
                    }
                    if (size != checked.byteSize()
                            || !HexFormat.of().formatHex(digest.digest()).equals(checked.sha256())) {
                        throw new RequestRuleException("request.error.changedWhileSending", checked.originalName());
                    }
                    zip.closeEntry();
                }
            }
            return new AttachmentArchive(temp, Files.size(temp), HexFormat.of().formatHex(archiveDigest.digest()));
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("Cannot write the attachments archive", e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    public InputStream open() throws IOException {
        return Files.newInputStream(file);
    }

    public long byteSize() {
        return byteSize;
    }

    public String sha256() {
        return sha256;
    }

    @Override
    public void close() {
        deleteQuietly(file);
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // A temporary file left behind is removed with the temporary folder.
            }
        }
    }
}
