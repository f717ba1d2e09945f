package it.cassetto.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.junit.jupiter.api.Test;

class IndexedPropertiesPagesTest {

    @Test
    void aPageOfManyMarkedContentSequences_namesEachPropertyListOnce_andFindsItAgain() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new IndexedPropertiesPages().requestPage(document, 595, 842, 0, -1);
            assertThat(document.getPages().getCount()).isEqualTo(1);
            PDResources resources = page.getResources();
            Set<COSName> names = new HashSet<>();
            PDPropertyList first = null;
            COSName firstName = null;
            for (int mcid = 0; mcid < 2_000; mcid++) {
                COSDictionary properties = new COSDictionary();
                properties.setInt(COSName.MCID, mcid);
                PDPropertyList list = PDPropertyList.create(properties);
                COSName name = resources.add(list);
                assertThat(names.add(name)).as("a new name for list " + mcid).isTrue();
                if (first == null) {
                    first = list;
                    firstName = name;
                }
            }
            assertThat(resources.add(first)).as("a list already there keeps its name").isEqualTo(firstName);
            assertThat(resources.getCOSObject().getCOSDictionary(COSName.PROPERTIES))
                    .isInstanceOf(IndexedPropertiesPages.IndexedDictionary.class);
        }
    }

    @Test
    void theIndexedDictionary_answersLikeAnyDictionary_afterReplacingRemovingAndClearing() {
        IndexedPropertiesPages.IndexedDictionary indexed = new IndexedPropertiesPages.IndexedDictionary();
        COSDictionary a = new COSDictionary();
        COSDictionary b = new COSDictionary();
        COSName key = COSName.getPDFName("Prop1");
        indexed.setItem(key, a);
        assertThat(indexed.containsValue(a)).isTrue();
        assertThat(indexed.getKeyForValue(a)).isEqualTo(key);
        indexed.setItem(key, b);
        assertThat(indexed.containsValue(a)).as("replaced").isFalse();
        assertThat(indexed.getKeyForValue(b)).isEqualTo(key);
        assertThat(indexed.containsValue(new COSDictionary())).as("equal is not the same").isFalse();
        indexed.setItem(COSName.getPDFName("Count"), COSInteger.get(3));
        assertThat(indexed.containsValue(COSInteger.get(3))).as("other values as before").isTrue();
        indexed.removeItem(key);
        assertThat(indexed.containsValue(b)).isFalse();
        indexed.setItem(key, a);
        COSDictionary other = new COSDictionary();
        other.setItem(COSName.getPDFName("Prop2"), b);
        indexed.addAll(other);
        assertThat(indexed.getKeyForValue(b)).isEqualTo(COSName.getPDFName("Prop2"));
        indexed.clear();
        assertThat(indexed.containsValue(a)).isFalse();
        assertThat(indexed.size()).isZero();
    }
}
