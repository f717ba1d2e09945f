package it.cassetto.request;

import java.util.List;

/** One submission's archive of attachments (a zip) and the files inside it. */
public record AttachmentArchiveInfo(long id, long eventId, String fileName, long byteSize,
                                    List<AttachedFile> files) {

    public AttachmentArchiveInfo {
        files = List.copyOf(files);
    }

    /** One file in the archive: its stored name, the name the user gave, detected type and size. */
    public record AttachedFile(String storedName, String originalName, String contentType, long byteSize) {
    }
}
