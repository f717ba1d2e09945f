package it.cassetto.dossier.internal;

import com.openhtmltopdf.pdfboxout.PageSupplier;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Gives openhtmltopdf pages whose {@code /Properties} resource dictionary finds a value without reading all of
 * them. A tagged page names one property list ({@code <</MCID n>>}) per marked-content sequence, that is per
 * table cell, and PDFBox 3's {@code PDResources.add} first asks the dictionary whether it already holds the new
 * list ({@code containsValue}, a scan of every entry): adding the lists of a page of 40 rows scanned them about
 * 100,000 times, a sixth of the printing time of a big dossier. The page and its dictionaries are otherwise what
 * openhtmltopdf's own page supplier makes.
 */
final class IndexedPropertiesPages implements PageSupplier {

    @Override
    public PDPage requestPage(PDDocument document, float width, float height, int pageNumber, int shadowPageNumber) {
        PDPage page = new PDPage(new PDRectangle(width, height));
        PDResources resources = new PDResources();
        resources.getCOSObject().setItem(COSName.PROPERTIES, new IndexedDictionary());
        page.setResources(resources);
        document.addPage(page);
        return page;
    }

    /**
     * A dictionary that also indexes its dictionary values by identity (the equality {@code COSDictionary} has),
     * so that {@link #containsValue} and {@link #getKeyForValue} do not scan its entries for them.
     */
    static final class IndexedDictionary extends COSDictionary {

        private final Map<COSBase, COSName> keyOfValue = new IdentityHashMap<>();
        /** The number of entries when the index was last brought up to date. */
        private int indexedSize;

        @Override
        public void setItem(COSName key, COSBase value) {
            COSBase previous = getItem(key);
            if (previous instanceof COSDictionary) {
                keyOfValue.remove(previous);
            }
            super.setItem(key, value);
            if (value instanceof COSDictionary && getItem(key) == value) {
                keyOfValue.put(value, key);
            }
            indexedSize = size();
        }

        @Override
        public void removeItem(COSName key) {
            COSBase previous = getItem(key);
            if (previous instanceof COSDictionary) {
                keyOfValue.remove(previous);
            }
            super.removeItem(key);
            indexedSize = size();
        }

        @Override
        public void clear() {
            keyOfValue.clear();
            super.clear();
            indexedSize = 0;
        }

        @Override
        public void addAll(COSDictionary other) {
            other.forEach(this::setItem);
        }

        @Override
        public boolean containsValue(Object value) {
            if (value instanceof COSDictionary) {
                return indexedKey(value) != null;
            }
            return super.containsValue(value);
        }

        @Override
        public COSName getKeyForValue(Object value) {
            if (value instanceof COSDictionary) {
                return indexedKey(value);
            }
            return super.getKeyForValue(value);
        }

        /** The key of the value if the index holds it and the entry still does (else the index is rebuilt). */
        private COSName indexedKey(Object value) {
            COSName key = keyOfValue.get(value);
            if (key != null && getItem(key) == value) {
                return key;
            }
            if (indexedSize != size() || key != null) {
                // Changed by a way this class does not see: index again.
                keyOfValue.clear();
                forEach((name, item) -> {
                    if (item instanceof COSDictionary) {
                        keyOfValue.put(item, name);
                    }
                });
                indexedSize = size();
                return keyOfValue.get(value);
            }
            return null;
        }
    }
}
