package it.cassetto.position;

import it.cassetto.position.internal.NativeRows;
import it.cassetto.position.internal.PositionQueries;
import it.cassetto.position.internal.SectionDefinitions;
import it.cassetto.position.internal.SectionPages;
import it.cassetto.shared.security.AccessDeniedException;
import it.cassetto.shared.security.Action;
import it.cassetto.shared.security.PositionAccessGuard;
import it.cassetto.shared.security.Role;
import it.cassetto.shared.security.SecuredService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Positive;
import java.util.List;

/**
 * One position's summary and master data. Every method asks {@link PositionAccessGuard} first; a
 * position that does not exist is denied like one the caller may not see.
 */
@ApplicationScoped
@SecuredService
@Transactional
@RolesAllowed({Role.Names.EMPLOYER, Role.Names.ENTITY_EMPLOYEE, Role.Names.INTERMEDIARY,
        Role.Names.INTERMEDIARY_STAFF, Role.Names.OPERATOR, Role.Names.SUPERVISOR})
public class PositionService {

    @Inject
    PositionAccessGuard guard;

    @Inject
    PositionQueries queries;

    @PersistenceContext(unitName = "cassetto")
    EntityManager em;

    /**
     * Which position this is (identifier, holder, status, office): what the frame of a position's pages
     * shows around every section. Checked and audited as the section {@code header}.
     */
    public PositionListItem header(@Positive long positionId) {
        guard.check(positionId, "header", Action.READ);
        return queries.header(positionId)
                .orElseThrow(() -> new AccessDeniedException("No position " + positionId));
    }

    /** Status, office, balance of open debit notes, latest payments and declarations with errors. */
    public PositionSummary summary(@Positive long positionId) {
        guard.check(positionId, Section.SUMMARY.code(), Action.READ);
        PositionListItem header = queries.header(positionId)
                .orElseThrow(() -> new AccessDeniedException("No position " + positionId));
        Object[] debit = queries.openDebit(positionId);
        SectionPages pages = new SectionPages(NativeRows.runner(em));
        List<SectionRow> latestPayments = pages.latestPayments(positionId);
        List<SectionRow> withErrors = pages.declarationsWithErrors(positionId);
        return new PositionSummary(header, queries.statusSince(positionId), NativeRows.amount(debit[0]),
                ((Number) debit[1]).longValue(), queries.openEca(positionId),
                SectionDefinitions.of(Section.PAYMENTS).apiColumns(), latestPayments,
                SectionDefinitions.of(Section.DECLARATIONS).apiColumns(), withErrors);
    }

    /** Anagrafica and inquadramento. */
    public PositionMasterData masterData(@Positive long positionId) {
        guard.check(positionId, Section.MASTER_DATA.code(), Action.READ);
        return queries.masterData(positionId)
                .orElseThrow(() -> new AccessDeniedException("No position " + positionId));
    }
}
