package it.cassetto.request.internal;

import it.cassetto.request.AttachmentUpload;
import it.cassetto.request.RequestRuleException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;

/**
 * The server's checks of a submission's attachments, whatever the browser claimed: at most
 * {@value #MAX_FILES} files of at most 3 MB each (counted on the bytes read, not the declared size), a
 * content type detected from the bytes by Apache Tika within an allow-list (PDF, images, office documents,
 * plain text and CSV, zip), no executable (by content or by name, also inside archives), no zip bomb
 * (inflated size, ratio and entry count bounded while inflating), and a safe stored name. Each refusal is
 * a {@link RequestRuleException} naming the file. Streams the files: memory use does not grow with size.
 */
public final class AttachmentPolicy {

    public static final int MAX_FILES = 3;
    public static final long MAX_BYTES = 3L * 1024 * 1024;
    /** Inside an archive (zip, OOXML, ODF): total inflated bytes, entries and inflation ratio allowed. */
    static final long MAX_INFLATED_BYTES = 50L * 1024 * 1024;
    static final int MAX_ENTRIES = 2_000;
    static final long MAX_RATIO = 200;

    static final Set<String> ALLOWED_TYPES = Set.of(
            "application/pdf",
            "image/png", "image/jpeg", "image/gif", "image/tiff",
            "text/plain", "text/csv",
            "application/zip",
            "application/rtf",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/x-tika-msoffice", "application/x-tika-ooxml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation");

    /** Types whose bytes are a zip container, checked entry by entry. */
    static final Set<String> ZIP_CONTAINERS = Set.of("application/zip", "application/x-tika-ooxml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation");

    static final Set<String> EXECUTABLE_TYPES = Set.of("application/x-msdownload", "application/x-dosexec",
            "application/x-executable", "application/x-elf", "application/x-sharedlib", "application/x-mach-o",
            "application/x-mach-o-executable", "application/java-archive", "application/java-vm",
            "application/x-java-archive", "application/x-sh", "application/x-bat", "application/x-msi",
            "application/x-ms-installer", "application/javascript", "text/javascript", "application/x-shellscript",
            "text/x-python", "application/x-python");

    static final Set<String> EXECUTABLE_EXTENSIONS = Set.of("exe", "com", "bat", "cmd", "scr", "pif", "msi", "dll",
            "js", "jse", "vbs", "vbe", "wsf", "wsh", "ps1", "sh", "jar", "apk", "app", "cpl", "hta", "lnk", "reg",
            "py", "pl", "elf", "bin", "run");

    static final Set<String> ARCHIVE_EXTENSIONS = Set.of("zip", "7z", "rar", "gz", "tgz", "bz2", "xz", "tar",
            "cab", "arj", "lz", "iso");

    private static final Tika TIKA = new Tika();

    private AttachmentPolicy() {
    }

    /** A file that passed every check. */
    public record CheckedFile(AttachmentUpload upload, String originalName, String storedName, String contentType,
                              long byteSize, String sha256) {
    }

    /** Checks every file of one submission; the first refusal stops it (nothing is stored). */
    public static List<CheckedFile> check(List<AttachmentUpload> uploads) {
        if (uploads.size() > MAX_FILES) {
            throw new RequestRuleException("request.error.tooManyFiles", MAX_FILES);
        }
        List<CheckedFile> checked = new ArrayList<>(uploads.size());
        for (int i = 0; i < uploads.size(); i++) {
            checked.add(check(uploads.get(i), i + 1));
        }
        return checked;
    }

    static CheckedFile check(AttachmentUpload upload, int position) {
        String original = displayName(upload.fileName());
        if (isExecutableName(original)) {
            throw new RequestRuleException("request.error.executable", original);
        }
        String type;
        long size;
        String sha256;
        try (InputStream raw = upload.opener().open();
             InputStream in = new BufferedInputStream(raw, 64 * 1024)) {
            type = baseType(TIKA.detect(in, original));
            MessageDigest digest = sha256();
            byte[] buffer = new byte[64 * 1024];
            size = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                size += n;
                if (size > MAX_BYTES) {
                    throw new RequestRuleException("request.error.tooLarge", original, MAX_BYTES / (1024 * 1024));
                }
                digest.update(buffer, 0, n);
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read attachment " + original, e);
        }
        if (size == 0) {
            throw new RequestRuleException("request.error.emptyFile", original);
        }
        if (EXECUTABLE_TYPES.contains(type)) {
            throw new RequestRuleException("request.error.executable", original);
        }
        if (!ALLOWED_TYPES.contains(type)) {
            throw new RequestRuleException("request.error.typeNotAllowed", original, type);
        }
        if (ZIP_CONTAINERS.contains(type)) {
            checkArchive(upload, original, size, "application/zip".equals(type));
        }
        return new CheckedFile(upload, original, storedName(original, position), type, size, sha256);
    }

    /**
     * Inflates every entry, counting: refuses a zip bomb (too many entries, too many inflated bytes, or an
     * inflation ratio above {@value #MAX_RATIO}), executables inside (by name or by their first bytes) and,
     * in a plain zip, nested archives (which could hide a bomb one level down).
     */
    static void checkArchive(AttachmentUpload upload, String original, long compressedSize, boolean plainZip) {
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream raw = upload.opener().open(); ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (++entries > MAX_ENTRIES) {
                    throw new RequestRuleException("request.error.zipBomb", original);
                }
                String name = entry.getName();
                if (isExecutableName(name)) {
                    throw new RequestRuleException("request.error.executable", original);
                }
                if (plainZip && ARCHIVE_EXTENSIONS.contains(extension(name))) {
                    throw new RequestRuleException("request.error.nestedArchive", original);
                }
                boolean first = true;
                for (int n; (n = zip.read(buffer)) >= 0; ) {
                    if (first && n > 0) {
                        if (looksExecutable(buffer, n)) {
                            throw new RequestRuleException("request.error.executable", original);
                        }
                        first = false;
                    }
                    inflated += n;
                    if (inflated > MAX_INFLATED_BYTES || inflated > Math.max(compressedSize, 1) * MAX_RATIO) {
                        throw new RequestRuleException("request.error.zipBomb", original);
                    }
                }
            }
        } catch (IOException e) {
            // A truncated or corrupt archive (the source itself was read once already).
            throw new RequestRuleException("request.error.damaged", original);
        }
        if (entries == 0 && plainZip) {
            throw new RequestRuleException("request.error.damaged", original);
        }
    }

    /** Windows PE ("MZ"), ELF, Mach-O, Java class files and scripts with a shebang. */
    static boolean looksExecutable(byte[] b, int n) {
        if (n >= 2 && b[0] == 'M' && b[1] == 'Z') {
            return true;
        }
        if (n >= 2 && b[0] == '#' && b[1] == '!') {
            return true;
        }
        if (n >= 4 && b[0] == 0x7f && b[1] == 'E' && b[2] == 'L' && b[3] == 'F') {
            return true;
        }
        if (n >= 4) {
            int magic = ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
            return magic == 0xCAFEBABE || magic == 0xFEEDFACE || magic == 0xFEEDFACF || magic == 0xCEFAEDFE
                    || magic == 0xCFFAEDFE;
        }
        return false;
    }

    /** "application/x-msdownload; format=pe" -> "application/x-msdownload". */
    static String baseType(String type) {
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    static boolean isExecutableName(String name) {
        return EXECUTABLE_EXTENSIONS.contains(extension(name));
    }

    static String extension(String name) {
        String base = lastSegment(name);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1).trim().toLowerCase(Locale.ROOT);
    }

    /** The name as the user gave it, without any folder, for messages and the list of attachments. */
    static String displayName(String name) {
        String base = lastSegment(name).replaceAll("\\p{Cntrl}", "").strip();
        if (base.length() > 200) {
            base = base.substring(base.length() - 200);
        }
        return base.isEmpty() ? "allegato" : base;
    }

    /**
     * A name safe in any file system and archive: "N-" then ASCII letters, digits, dot, dash and underscore
     * only (accents dropped, others as underscores), no leading dot, at most 80 characters, extension kept.
     */
    static String storedName(String original, int position) {
        String ascii = Normalizer.normalize(lastSegment(original), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String safe = ascii.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("_+", "_").replaceAll("\\.{2,}", ".")
                .replaceAll("^[._-]+", "");
        if (safe.isEmpty() || safe.startsWith(".")) {
            safe = "allegato";
        }
        if (safe.length() > 80) {
            int dot = safe.lastIndexOf('.');
            String ext = dot > 0 && safe.length() - dot <= 10 ? safe.substring(dot) : "";
            safe = safe.substring(0, 80 - ext.length()) + ext;
        }
        return position + "-" + safe;
    }

    private static String lastSegment(String name) {
        String n = name == null ? "" : name;
        int cut = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        return n.substring(cut + 1);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
