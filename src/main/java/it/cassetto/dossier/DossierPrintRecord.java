package it.cassetto.dossier;

import java.time.Instant;

/** One recorded dossier print, as the verification of a copy reports it. */
public record DossierPrintRecord(Instant printedAt, String printedBy, long positionId, int pageCount, long byteSize,
                                 String contentSha256, String fileSha256) {
}
