package it.cassetto.request.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import it.cassetto.request.AttachmentUpload;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attachments of a submission: an Upload limited in the browser to 3 files of 3 MB (for comfort; the
 * service checks again), streaming each file to a temporary file and stopping at the limit, so that an
 * oversize file never fills memory or disk. Temporary files are deleted when the form is done or left.
 */
public class AttachmentPicker extends Composite<Upload> {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            AttachmentPicker.class.getName());

    public static final int MAX_FILES = 3;
    public static final int MAX_BYTES = 3 * 1024 * 1024;

    private final Map<String, Path> files = new ConcurrentHashMap<>();
    private final List<String> order = new ArrayList<>();

    public AttachmentPicker(String id) {
        Upload upload = getContent();
        upload.setId(id);
        upload.setMaxFiles(MAX_FILES);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setDropAllowed(true);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("request.attachments.add"))
                .setMany(getTranslation("request.attachments.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("request.attachments.drop"))
                .setMany(getTranslation("request.attachments.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("request.error.tooManyFiles", MAX_FILES))
                .setFileIsTooBig(getTranslation("request.error.tooLargeClient", MAX_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("request.error.typeNotAllowedClient")));
        upload.setI18n(i18n);
        upload.setUploadHandler(handler());
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage() + ": " + e.getFileName()));
        upload.addFileRemovedListener(e -> {
            LOG.fine(() -> "Removed " + e.getFileName());
            remove(e.getFileName());
        });
        upload.getElement().setAttribute("aria-label", getTranslation("request.attachments"));
    }

    private UploadHandler handler() {
        return (UploadEvent event) -> {
            Path temp = Files.createTempFile("cassetto-upload-", ".part");
            long size = 0;
            boolean tooBig = false;
            try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    size += n;
                    if (size > MAX_BYTES) {
                        tooBig = true;
                        break;
                    }
                    out.write(buffer, 0, n);
                }
            }
            String name = event.getFileName();
            UI ui = event.getUI();
            LOG.fine(() -> "Upload of " + name + ": " + event.getFileName() + ", " + event.getFileSize() + " bytes");
            if (tooBig) {
                Files.deleteIfExists(temp);
                ui.access(() -> showError(getTranslation("request.error.tooLarge", name, MAX_BYTES / (1024 * 1024))));
                throw new IOException("File " + name + " is over " + MAX_BYTES + " bytes");
            }
            // Recorded here, in the upload's own request, not in a UI access task that could run after the
            // next click: "Invia" must see every file whose upload has completed.
            synchronized (order) {
                Path previous = files.put(name, temp);
                if (previous != null) {
                    deleteQuietly(previous);
                } else {
                    order.add(name);
                }
            }
        };
    }

    /** The files received so far, in the order they were added. */
    public List<AttachmentUpload> uploads() {
        List<AttachmentUpload> uploads = new ArrayList<>();
        List<String> names;
        synchronized (order) {
            names = List.copyOf(order);
        }
        LOG.fine(() -> "Attachments " + names + " of " + files.keySet());
        for (String name : names) {
            Path path = files.get(name);
            if (path != null) {
                uploads.add(new AttachmentUpload(name, () -> Files.newInputStream(path)));
            }
        }
        return uploads;
    }

    /** Forgets every file and deletes the temporary copies. */
    public void clear() {
        synchronized (order) {
            files.values().forEach(AttachmentPicker::deleteQuietly);
            files.clear();
            order.clear();
        }
        getContent().clearFileList();
    }

    private void remove(String name) {
        Path path;
        synchronized (order) {
            path = files.remove(name);
            order.remove(name);
        }
        if (path != null) {
            deleteQuietly(path);
        }
    }

    private void showError(String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("attachment-error");
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        clear();
        super.onDetach(detachEvent);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // Left in the temporary folder, which the system cleans.
        }
    }
}
