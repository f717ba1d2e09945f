package it.cassetto.position;

import java.time.LocalDate;

/**
 * Anagrafica and inquadramento of a position: the contributor's registry data (registered office, PEC,
 * legal representative, contacts) and the position's classification (CSC, codici di autorizzazione,
 * ATECO, number of employees).
 */
public record PositionMasterData(PositionListItem position, String vatNumber, String legalForm, String street,
                                 String postalCode, String city, String provinceCode, String pec,
                                 String legalRepresentativeFiscalCode, String legalRepresentativeName,
                                 String phone, String email, String csc, String authorizationCodes,
                                 String atecoCode, String classification, int employees, LocalDate openedOn,
                                 LocalDate ceasedOn) {
}
