package it.cassetto.dossier.internal;

import it.cassetto.appointment.Appointment;
import it.cassetto.delegation.DelegationInForce;
import it.cassetto.position.DetailedRow;
import it.cassetto.position.PositionMasterData;
import it.cassetto.position.Section;
import it.cassetto.request.RequestListItem;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a dossier's data comes from: the position, delegation, request and appointment services in the portal,
 * generated rows in the benchmark and in the tests. The list sections arrive in chunks, so that no section is
 * ever held whole; delegations, requests and appointments are short lists, capped by their services.
 */
public interface DossierSource {

    PositionMasterData masterData();

    /** Hands the section's rows to the consumer chunk by chunk, oldest first; returns how many. */
    long rows(Section section, int chunkSize, Consumer<List<DetailedRow>> consumer);

    List<DelegationInForce> delegations();

    /** The open requests and those closed in the last year, newest first (capped by the request service). */
    List<RequestListItem> requests();

    /** The appointments of the position, newest first (capped by the appointment service). */
    List<Appointment> appointments();
}
