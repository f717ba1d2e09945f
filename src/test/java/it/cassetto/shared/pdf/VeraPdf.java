package it.cassetto.shared.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validates a PDF with veraPDF, the PDF Association's validator, against PDF/A-3u and PDF/UA-1: the failed rules
 * (clause, test and message, with how many times each failed), empty when the file conforms.
 */
public final class VeraPdf {

    /** PDF/A-3, level U: archival, with Unicode text. */
    public static final String PDF_A_3U = "3u";
    /** PDF/UA-1: accessible (tagged, reading order, language, alternative texts). */
    public static final String PDF_UA_1 = "ua1";

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    public static Map<String, Integer> failures(Path pdf, String flavourId) throws IOException {
        try (InputStream in = Files.newInputStream(pdf)) {
            return failures(in, flavourId);
        }
    }

    public static Map<String, Integer> failures(byte[] pdf, String flavourId) throws IOException {
        return failures(new ByteArrayInputStream(pdf), flavourId);
    }

    private static Map<String, Integer> failures(InputStream pdf, String flavourId) throws IOException {
        PDFAFlavour flavour = PDFAFlavour.byFlavourId(flavourId);
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf, flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            Map<String, Integer> failed = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.merge(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + " " + assertion.getMessage(), 1, Integer::sum);
                }
            }
            if (failed.isEmpty() && !result.isCompliant()) {
                failed.put("not compliant, no rule named", 1);
            }
            return failed;
        } catch (ModelParsingException | EncryptedPdfException | ValidationException e) {
            throw new IOException("veraPDF could not read the file", e);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
