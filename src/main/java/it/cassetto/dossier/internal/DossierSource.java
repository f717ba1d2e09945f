package it.cassetto.dossier.internal;

import it.cassetto.delegation.DelegationInForce;
import it.cassetto.position.DetailedRow;
import it.cassetto.position.PositionMasterData;
import it.cassetto.position.Section;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a dossier's data comes from: the position and delegation services in the portal, generated rows in
 * the benchmark and in the tests. Sections arrive in chunks, so that no section is ever held whole.
 */
public interface DossierSource {

    PositionMasterData masterData();

    /** Hands the section's rows to the consumer chunk by chunk, oldest first; returns how many. */
    long rows(Section section, int chunkSize, Consumer<List<DetailedRow>> consumer);

    List<DelegationInForce> delegations();
}
