package it.cassetto.dossier.internal;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes one tagged PDF out of tagged PDFs rendered apart (the parts of a big dossier), holding one part in
 * memory at a time: each part's pages and everything they reach, and its structure elements, are copied to
 * the output as they are read, with new object numbers. The parts' structure trees become one: the children
 * of each part's {@code Document} element are the children of the output's, and each part's parent tree
 * entries (and the pages' {@code StructParents}) are shifted after the previous parts'. The catalog's
 * document-level entries (XMP metadata with the PDF/A and PDF/UA identification, output intent, language,
 * viewer preferences, role map) and the document information come from the first part appended. A part
 * rendered last can still come first ({@link #prepend}: the title page, whose contents need every other part's
 * pages), and a part may refer to objects written only at the end ({@link #reserveObject},
 * {@link #placeholder}, {@link #writeReserved}: the page footers, which need the page count). Objects that are
 * not streams go into compressed object streams, with a cross-reference stream.
 */
public final class TaggedPdfConcatenation implements Closeable {

    private static final int OBJECTS_PER_STREAM = 200;
    private static final COSName STRUCT_PARENTS = COSName.getPDFName("StructParents");
    private static final COSName STRUCT_PARENT = COSName.getPDFName("StructParent");
    private static final COSName VIEWER_PREFERENCES = COSName.getPDFName("ViewerPreferences");
    private static final byte[] NULL = ascii("null");
    private static final byte[] REFERENCE = ascii(" 0 R");

    /** A bookmark of the output: its title and the page (0-based) it opens. */
    public record Bookmark(String title, int page) {
    }

    private final CountingStream out;
    private final MessageDigest idDigest;
    // Cross-reference: per object number, type (1 in file, 2 in object stream), offset or stream, index.
    private byte[] xrefType = new byte[1024];
    private long[] xrefField2 = new long[1024];
    private int[] xrefField3 = new int[1024];
    private int nextNumber = 1;
    private final int catalogNumber;
    private final int pagesNumber;
    private final int structRootNumber;
    private final int documentNumber;
    private final List<Integer> pages = new ArrayList<>();
    private final List<Integer> documentKids = new ArrayList<>();
    private final List<Integer> frontPages = new ArrayList<>();
    private final List<Integer> frontDocumentKids = new ArrayList<>();
    /** Objects of the parts that stand for an object written later, with its reserved number. */
    private final Map<COSBase, Integer> placeholders = new IdentityHashMap<>();
    private final List<long[]> parentTree = new ArrayList<>();
    private int nextParentKey;
    private boolean first = true;
    private byte[] catalogExtras;
    private byte[] roleMap;
    private byte[] documentLanguage;
    private int infoNumber;
    // The object stream being filled.
    private final Bytes streamBody = new Bytes(64 * 1024);
    /** The written form of each name met, which PDFBox would escape again byte by byte at each use. */
    private final Map<COSName, byte[]> nameBytes = new IdentityHashMap<>();
    private final StringBuilder streamHeader = new StringBuilder();
    private final List<Integer> streamMembers = new ArrayList<>();
    private final List<Integer> pendingStreamMembers = new ArrayList<>();

    public TaggedPdfConcatenation(OutputStream target) throws IOException {
        this.out = new CountingStream(new BufferedOutputStream(target, 64 * 1024));
        try {
            this.idDigest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        catalogNumber = reserve();
        pagesNumber = reserve();
        structRootNumber = reserve();
        documentNumber = reserve();
        out.write("%PDF-1.7\n%".getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[] {(byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
    }

    /** Pages written so far. */
    public int pageCount() {
        return frontPages.size() + pages.size();
    }

    /** Copies every page of a part saved in a file, and its structure, after the pages written so far. */
    public void append(Path part) throws IOException {
        try (PDDocument document = Loader.loadPDF(part.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            new PartCopy(document, false, pages, documentKids).copy();
        }
    }

    /**
     * Copies every page of a part just rendered and never saved, and its structure, after the pages written so
     * far; as PDFBox would save it, dictionaries and streams are objects of their own unless marked direct.
     */
    public void append(PDDocument part) throws IOException {
        new PartCopy(part, true, pages, documentKids).copy();
    }

    /**
     * Copies every page of a part just rendered and never saved, and its structure, before the pages of every
     * part appended (after those of the parts prepended before it).
     */
    public void prepend(PDDocument part) throws IOException {
        new PartCopy(part, true, frontPages, frontDocumentKids).copy();
    }

    /**
     * An object that a part can refer to in place of a page already appended ({@code index} 0-based among the
     * appended pages, in their order): the part's references to it become references to that page.
     */
    public COSDictionary appendedPage(int index) {
        COSDictionary stand = new COSDictionary();
        placeholders.put(stand, pages.get(index));
        return stand;
    }

    /** Reserves the number of an object that {@link #writeReserved} writes later. */
    public int reserveObject() {
        return reserve();
    }

    /**
     * A stream that a part can refer to (say, as a form XObject of its pages) in place of the object with the
     * reserved number: the part's references to it become references to that object, and it is not copied.
     */
    public COSStream placeholder(int reservedNumber) {
        COSStream stand = new COSStream();
        placeholders.put(stand, reservedNumber);
        return stand;
    }

    /**
     * Writes objects with the numbers reserved for them, and everything they reach (shared by all of them, so
     * a font they all use is copied once); they belong to a document never saved, which may be closed after.
     */
    public void writeReserved(Map<? extends COSBase, Integer> objects) throws IOException {
        PartCopy copy = new PartCopy(null, true, null, null);
        for (Map.Entry<? extends COSBase, Integer> object : objects.entrySet()) {
            copy.numbers.put(object.getKey(), object.getValue());
            copy.queue.add(object.getKey());
        }
        copy.drain();
    }

    /** Writes the catalog, page tree, structure tree, bookmarks and cross-reference, and ends the file. */
    public void finish(List<Bookmark> bookmarks) throws IOException {
        if (first) {
            throw new IllegalStateException("No part was appended");
        }
        int parentTreeNumber = reserve();
        int outlinesNumber = bookmarks.isEmpty() ? 0 : reserve();
        int[] bookmarkNumbers = new int[bookmarks.size()];
        for (int i = 0; i < bookmarkNumbers.length; i++) {
            bookmarkNumbers[i] = reserve();
        }
        flushObjectStream();
        List<Integer> allPages = new ArrayList<>(frontPages);
        allPages.addAll(pages);
        StringBuilder kids = new StringBuilder();
        for (int page : allPages) {
            kids.append(page).append(" 0 R ");
        }
        writeObject(pagesNumber, ascii("<</Type/Pages/Count " + allPages.size() + "/Kids[" + kids + "]>>"));
        StringBuilder nums = new StringBuilder();
        for (long[] entry : parentTree) {
            nums.append(entry[0]).append(' ').append(entry[1]).append(" 0 R ");
        }
        writeObject(parentTreeNumber, ascii("<</Nums[" + nums + "]>>"));
        ByteArrayOutputStream root = new ByteArrayOutputStream();
        root.write(ascii("<</Type/StructTreeRoot/K " + documentNumber + " 0 R/ParentTree " + parentTreeNumber
                + " 0 R/ParentTreeNextKey " + nextParentKey));
        if (roleMap != null) {
            root.write(ascii("/RoleMap "));
            root.write(roleMap);
        }
        root.write(ascii(">>"));
        writeObject(structRootNumber, root.toByteArray());
        StringBuilder documentKidRefs = new StringBuilder();
        List<Integer> allDocumentKids = new ArrayList<>(frontDocumentKids);
        allDocumentKids.addAll(documentKids);
        for (int kid : allDocumentKids) {
            documentKidRefs.append(kid).append(" 0 R ");
        }
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        document.write(ascii("<</Type/StructElem/S/Document/P " + structRootNumber + " 0 R/K[" + documentKidRefs
                + "]"));
        if (documentLanguage != null) {
            document.write(ascii("/Lang "));
            document.write(documentLanguage);
        }
        document.write(ascii(">>"));
        writeObject(documentNumber, document.toByteArray());
        for (int i = 0; i < bookmarks.size(); i++) {
            Bookmark bookmark = bookmarks.get(i);
            ByteArrayOutputStream item = new ByteArrayOutputStream();
            item.write(ascii("<</Title"));
            COSWriter.writeString(new COSString(bookmark.title()), item);
            item.write(ascii("/Parent " + outlinesNumber + " 0 R"
                    + (i > 0 ? "/Prev " + bookmarkNumbers[i - 1] + " 0 R" : "")
                    + (i < bookmarks.size() - 1 ? "/Next " + bookmarkNumbers[i + 1] + " 0 R" : "")
                    + "/Dest[" + allPages.get(bookmark.page()) + " 0 R/Fit]>>"));
            writeObject(bookmarkNumbers[i], item.toByteArray());
        }
        if (outlinesNumber != 0) {
            writeObject(outlinesNumber, ascii("<</Type/Outlines/First " + bookmarkNumbers[0] + " 0 R/Last "
                    + bookmarkNumbers[bookmarks.size() - 1] + " 0 R/Count " + bookmarks.size() + ">>"));
        }
        ByteArrayOutputStream catalog = new ByteArrayOutputStream();
        catalog.write(ascii("<</Type/Catalog/Pages " + pagesNumber + " 0 R/StructTreeRoot " + structRootNumber
                + " 0 R/MarkInfo<</Marked true>>" + (outlinesNumber != 0 ? "/Outlines " + outlinesNumber + " 0 R" : "")));
        catalog.write(catalogExtras);
        catalog.write(ascii(">>"));
        writeObject(catalogNumber, catalog.toByteArray());
        writeCrossReference();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private final class PartCopy {
        private final PDDocument document;
        private final Map<COSBase, Integer> numbers = new IdentityHashMap<>(1 << 15);
        private final Deque<COSBase> queue = new ArrayDeque<>();
        private final int keyShift;
        private final boolean inMemory;
        private final List<Integer> pageList;
        private final List<Integer> kidList;

        PartCopy(PDDocument document, boolean inMemory, List<Integer> pageList, List<Integer> kidList) {
            this.document = document;
            this.inMemory = inMemory;
            this.keyShift = nextParentKey;
            this.pageList = pageList;
            this.kidList = kidList;
        }

        void copy() throws IOException {
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            COSDictionary root = catalog.getCOSDictionary(COSName.STRUCT_TREE_ROOT);
            if (root == null) {
                throw new IllegalStateException("A part without a structure tree");
            }
            COSDictionary partDocument = onlyKid(root);
            numbers.put(root, structRootNumber);
            numbers.put(partDocument, documentNumber);
            numbers.put(document.getPages().getCOSObject(), pagesNumber);
            if (first) {
                keepDocumentEntries(catalog, root, partDocument);
                first = false;
            }
            for (var page : document.getPages()) {
                pageList.add(number(page.getCOSObject()));
            }
            COSBase kids = partDocument.getDictionaryObject(COSName.K);
            if (kids instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    COSBase kid = array.getObject(i);
                    if (kid instanceof COSDictionary) {
                        kidList.add(number(kid));
                    }
                }
            } else if (kids instanceof COSDictionary kid) {
                kidList.add(number(kid));
            }
            COSDictionary tree = root.getCOSDictionary(COSName.PARENT_TREE);
            if (tree != null) {
                copyNumberTree(tree);
            }
            nextParentKey = keyShift + root.getInt(COSName.PARENT_TREE_NEXT_KEY, 0);
            drain();
        }

        private void copyNumberTree(COSDictionary node) throws IOException {
            COSArray nums = node.getCOSArray(COSName.NUMS);
            if (nums != null) {
                for (int i = 0; i + 1 < nums.size(); i += 2) {
                    int key = ((COSInteger) nums.getObject(i)).intValue();
                    COSBase value = nums.getObject(i + 1);
                    int valueNumber = numbers.containsKey(value) ? numbers.get(value) : objectFor(value);
                    parentTree.add(new long[] {key + keyShift, valueNumber});
                }
            }
            COSArray kids = node.getCOSArray(COSName.KIDS);
            if (kids != null) {
                for (int i = 0; i < kids.size(); i++) {
                    if (kids.getObject(i) instanceof COSDictionary kid) {
                        copyNumberTree(kid);
                    }
                }
            }
        }

        /** A parent tree value, direct or not, as an object of the output. */
        private int objectFor(COSBase value) throws IOException {
            return number(value);
        }

        private void keepDocumentEntries(COSDictionary catalog, COSDictionary root, COSDictionary partDocument)
                throws IOException {
            ByteArrayOutputStream extras = new ByteArrayOutputStream();
            for (COSName key : List.of(COSName.LANG, COSName.METADATA, COSName.OUTPUT_INTENTS, VIEWER_PREFERENCES)) {
                COSBase value = catalog.getItem(key);
                if (value != null) {
                    key.writePDF(extras);
                    extras.write(' ');
                    write(value, extras);
                }
            }
            catalogExtras = extras.toByteArray();
            COSBase roles = root.getItem(COSName.ROLE_MAP);
            if (roles != null) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                write(roles, buffer);
                roleMap = buffer.toByteArray();
            }
            COSBase language = partDocument.getItem(COSName.LANG);
            if (language != null) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                write(language, buffer);
                documentLanguage = buffer.toByteArray();
            }
            infoNumber = number(document.getDocumentInformation().getCOSObject());
        }

        private void drain() throws IOException {
            while (!queue.isEmpty()) {
                COSBase next = queue.poll();
                int number = numbers.get(next);
                if (next instanceof COSStream stream) {
                    writeStream(number, stream);
                } else {
                    startInObjectStream(number);
                    writeValue(null, next, streamBody, true);
                    endInObjectStream();
                }
            }
        }

        private int number(COSBase object) {
            Integer known = numbers.get(object);
            if (known != null) {
                return known;
            }
            Integer later = placeholders.get(object);
            if (later != null) {
                return later;
            }
            int assigned = reserve();
            numbers.put(object, assigned);
            queue.add(object);
            return assigned;
        }

        private void writeStream(int number, COSStream stream) throws IOException {
            Bytes dictionary = new Bytes(256);
            dictionary.write(ascii("<<"));
            for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
                if (!entry.getKey().equals(COSName.LENGTH)) {
                    writeName(entry.getKey(), dictionary);
                    dictionary.write(' ');
                    writeValue(entry.getKey(), entry.getValue(), dictionary, false);
                }
            }
            long length = stream.getLength();
            dictionary.write(ascii("/Length " + length + ">>"));
            markInFile(number);
            out.write(ascii(number + " 0 obj\n"));
            dictionary.writeTo(out);
            out.write(ascii("\nstream\r\n"));
            long copied;
            try (InputStream raw = stream.createRawInputStream()) {
                copied = raw.transferTo(out);
            }
            if (copied != length) {
                throw new IOException("Stream length " + copied + " is not " + length);
            }
            out.write(ascii("\r\nendstream\nendobj\n"));
        }

        /** Writes a value that is not an object of its own (a catalog entry, the role map). */
        private void write(COSBase value, OutputStream target) throws IOException {
            writeValue(null, value, target, !inMemory);
        }

        /**
         * Writes a value: {@code top} when it is the object being written, so that a dictionary is written
         * whole; inside it, a dictionary of a rendered part is a reference unless marked direct (a part read
         * from a file marks references itself).
         */
        private void writeValue(COSName key, COSBase value, OutputStream target, boolean top) throws IOException {
            if (value instanceof COSObject reference) {
                COSBase resolved = reference.getObject();
                if (resolved == null || resolved instanceof COSNull) {
                    target.write(NULL);
                } else {
                    writeReference(number(resolved), target);
                }
            } else if (value instanceof COSStream stream) {
                writeReference(number(stream), target);
            } else if (value instanceof COSDictionary dictionary) {
                if (!top && (numbers.containsKey(dictionary) || inMemory && !dictionary.isDirect())) {
                    writeReference(number(dictionary), target);
                    return;
                }
                target.write('<');
                target.write('<');
                for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                    COSName name = entry.getKey();
                    COSBase item = entry.getValue();
                    writeName(name, target);
                    target.write(' ');
                    if ((name.equals(STRUCT_PARENTS) || name.equals(STRUCT_PARENT)) && item instanceof COSInteger n) {
                        writeLong(n.longValue() + keyShift, target);
                    } else {
                        writeValue(name, item, target, false);
                    }
                }
                target.write('>');
                target.write('>');
            } else if (value instanceof COSArray array) {
                target.write('[');
                for (int i = 0; i < array.size(); i++) {
                    if (i > 0) {
                        target.write(' ');
                    }
                    writeValue(null, array.get(i), target, false);
                }
                target.write(']');
            } else if (value instanceof COSName name) {
                writeName(name, target);
            } else if (value instanceof COSString string) {
                COSWriter.writeString(string, target);
            } else if (value instanceof COSInteger integer) {
                writeLong(integer.longValue(), target);
            } else if (value instanceof COSFloat number) {
                number.writePDF(target);
            } else if (value instanceof COSBoolean bool) {
                bool.writePDF(target);
            } else if (value == null || value instanceof COSNull) {
                target.write(NULL);
            } else {
                throw new IOException("Cannot copy " + value.getClass().getSimpleName());
            }
        }
    }

    private static COSDictionary onlyKid(COSDictionary root) {
        COSBase kids = root.getDictionaryObject(COSName.K);
        if (kids instanceof COSDictionary kid) {
            return kid;
        }
        if (kids instanceof COSArray array && array.size() == 1 && array.getObject(0) instanceof COSDictionary kid) {
            return kid;
        }
        throw new IllegalStateException("A part's structure tree must have one Document element");
    }

    private int reserve() {
        int number = nextNumber++;
        if (number >= xrefType.length) {
            int size = xrefType.length * 2;
            xrefType = Arrays.copyOf(xrefType, size);
            xrefField2 = Arrays.copyOf(xrefField2, size);
            xrefField3 = Arrays.copyOf(xrefField3, size);
        }
        return number;
    }

    private void markInFile(int number) {
        xrefType[number] = 1;
        xrefField2[number] = out.count;
        xrefField3[number] = 0;
    }

    private void writeObject(int number, byte[] body) throws IOException {
        markInFile(number);
        out.write(ascii(number + " 0 obj\n"));
        out.write(body);
        out.write(ascii("\nendobj\n"));
    }

    /** Starts an object in the object stream being filled: what is written to {@link #streamBody} next. */
    private void startInObjectStream(int number) {
        streamHeader.append(number).append(' ').append(streamBody.size()).append(' ');
        streamMembers.add(number);
    }

    private void endInObjectStream() throws IOException {
        streamBody.write('\n');
        if (streamMembers.size() >= OBJECTS_PER_STREAM) {
            flushObjectStream();
        }
    }

    private void writeName(COSName name, OutputStream target) throws IOException {
        byte[] bytes = nameBytes.get(name);
        if (bytes == null) {
            Bytes written = new Bytes(32);
            name.writePDF(written);
            bytes = written.toByteArray();
            nameBytes.put(name, bytes);
        }
        target.write(bytes);
    }

    private static void writeReference(int number, OutputStream target) throws IOException {
        writeLong(number, target);
        target.write(REFERENCE);
    }

    private static void writeLong(long value, OutputStream target) throws IOException {
        if (value >= 0 && value < 10) {
            target.write((int) ('0' + value));
        } else {
            target.write(ascii(Long.toString(value)));
        }
    }

    /** A byte buffer without the locking of {@link ByteArrayOutputStream}, which is paid at every byte. */
    private static final class Bytes extends OutputStream {
        private byte[] buffer;
        private int size;

        Bytes(int capacity) {
            buffer = new byte[capacity];
        }

        @Override
        public void write(int b) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[size++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (size + length > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + length));
            }
            System.arraycopy(bytes, offset, buffer, size, length);
            size += length;
        }

        int size() {
            return size;
        }

        void reset() {
            size = 0;
        }

        void writeTo(OutputStream target) throws IOException {
            target.write(buffer, 0, size);
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buffer, size);
        }
    }

    private void flushObjectStream() throws IOException {
        if (streamMembers.isEmpty()) {
            return;
        }
        int number = reserve();
        byte[] header = ascii(streamHeader.toString());
        ByteArrayOutputStream packed = new ByteArrayOutputStream(streamBody.size() / 3 + 64);
        // The fastest compression: the default level took a tenth of a big dossier's printing, for 8 % fewer bytes.
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(packed, deflater)) {
            deflate.write(header);
            streamBody.writeTo(deflate);
        } finally {
            deflater.end();
        }
        idDigest.update(header);
        for (int i = 0; i < streamMembers.size(); i++) {
            int member = streamMembers.get(i);
            xrefType[member] = 2;
            xrefField2[member] = number;
            xrefField3[member] = i;
        }
        markInFile(number);
        out.write(ascii(number + " 0 obj\n<</Type/ObjStm/N " + streamMembers.size() + "/First " + header.length
                + "/Filter/FlateDecode/Length " + packed.size() + ">>\nstream\r\n"));
        packed.writeTo(out);
        out.write(ascii("\r\nendstream\nendobj\n"));
        streamBody.reset();
        streamHeader.setLength(0);
        streamMembers.clear();
    }

    private void writeCrossReference() throws IOException {
        int number = reserve();
        int size = number + 1;
        markInFile(number);
        long start = xrefField2[number];
        ByteArrayOutputStream rows = new ByteArrayOutputStream(size * 7);
        for (int i = 0; i < size; i++) {
            long field2 = i == 0 ? 0 : xrefField2[i];
            int field3 = i == 0 ? 65535 : xrefField3[i];
            rows.write(i == 0 ? 0 : xrefType[i]);
            for (int shift = 24; shift >= 0; shift -= 8) {
                rows.write((int) (field2 >>> shift) & 0xFF);
            }
            rows.write((field3 >>> 8) & 0xFF);
            rows.write(field3 & 0xFF);
        }
        for (int i = 1; i < number; i++) {
            if (xrefType[i] == 0) {
                throw new IllegalStateException("Object " + i + " was reserved but never written");
            }
        }
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(packed)) {
            rows.writeTo(deflate);
        }
        idDigest.update(ascii(Long.toString(start)));
        String id = java.util.HexFormat.of().formatHex(Arrays.copyOf(idDigest.digest(), 16));
        out.write(ascii(number + " 0 obj\n<</Type/XRef/Size " + size + "/W[1 4 2]/Root " + catalogNumber + " 0 R"
                + (infoNumber != 0 ? "/Info " + infoNumber + " 0 R" : "") + "/ID[<" + id + "><" + id + ">]"
                + "/Filter/FlateDecode/Length " + packed.size() + ">>\nstream\r\n"));
        packed.writeTo(out);
        out.write(ascii("\r\nendstream\nendobj\nstartxref\n" + start + "\n%%EOF\n"));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Counts the bytes written, for the cross-reference offsets. */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream target) {
            super(target);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }
    }
}
