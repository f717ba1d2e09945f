package it.cassetto.request;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * One file the user attaches, as the upload received it: the name the browser gave and a way to open its
 * bytes (a temporary file, typically), which the service may open more than once. Nothing about it is
 * trusted: the service checks count, size, content type, name and content itself.
 */
public record AttachmentUpload(String fileName, Opener opener) {

    /** Opens the file's bytes from the start; each call returns a new stream the caller closes. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public AttachmentUpload {
        Objects.requireNonNull(opener, "opener");
        fileName = fileName == null ? "" : fileName;
    }
}
