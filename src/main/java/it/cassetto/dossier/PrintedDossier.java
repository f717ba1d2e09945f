package it.cassetto.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A printed dossier: the PDF in a temporary file (the caller streams it to the user and then calls
 * {@link #delete()}), the file name to offer, its pages and size, and its two digests as recorded in the
 * print audit: {@code contentSha256}, printed in every page's footer, and {@code fileSha256} of the PDF file.
 */
public record PrintedDossier(Path file, String fileName, int pageCount, long byteSize, String contentSha256,
                             String fileSha256) {

    public InputStream open() {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole PDF in memory (a few megabytes for the largest positions). */
    public byte[] bytes() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
