package it.cassetto.demo;

import it.cassetto.demo.internal.FiscalCodes;
import it.cassetto.demo.internal.ItalianData;
import it.cassetto.demo.internal.ItalianData.Office;
import it.cassetto.demo.internal.ItalianData.Province;
import it.cassetto.demo.internal.MultiRowInsert;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes realistic, deterministic demo data: the same seed, size and reference date give the same rows.
 * Real provinces and offices, valid fiscal codes and VAT numbers, plausible amounts and periods; the
 * demo users' positions of {@link DemoFacts} first, then random positions, each with its sections.
 * Ids are assigned here, so rows can refer to each other without reading keys back.
 */
public final class DemoDataGenerator {

    public static final long DEFAULT_SEED = 34_2023L;

    /** Tables in insertion order, with their columns. */
    public static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("office", "id, code, name, province_code, city");
        COLUMNS.put("office_province", "province_code, province_name, office_id");
        COLUMNS.put("office_member", "id, office_id, username, fiscal_code");
        COLUMNS.put("intermediary_firm", "id, name, fiscal_code, email");
        COLUMNS.put("firm_member", "id, firm_id, username, fiscal_code, member_role");
        COLUMNS.put("contributor", "id, fiscal_code, vat_number, name, legal_form, street, postal_code, city,"
                + " province_code, pec, legal_rep_fiscal_code, legal_rep_name, phone, email");
        COLUMNS.put("contribution_position", "id, kind, contributor_id, office_id, matricola, progressivo, csc,"
                + " authorization_codes, ateco_code, classification, employees, status, status_since, opened_on,"
                + " ceased_on, holder_name, holder_fiscal_code");
        COLUMNS.put("delegation", "id, position_id, firm_id, intermediary_username, intermediary_fiscal_code, scope,"
                + " valid_from, valid_to, status, created_at");
        COLUMNS.put("sub_delegation", "id, delegation_id, staff_username, staff_fiscal_code, scope, valid_from,"
                + " valid_to, status");
        COLUMNS.put("employee_delegation", "id, contributor_id, employee_username, employee_fiscal_code, scope,"
                + " valid_from, valid_to, status");
        COLUMNS.put("payment", "id, position_id, payment_date, channel, tax_code, competence_month, amount, bank");
        COLUMNS.put("adjustment_note", "id, position_id, note_number, competence_month, issue_date, amount, status, reason");
        COLUMNS.put("amortisation_plan", "id, position_id, plan_number, kind, competence_month, issue_date, amount,"
                + " instalment_count, status");
        COLUMNS.put("amortisation_instalment", "id, plan_id, instalment_number, due_date, amount, paid_on, status");
        COLUMNS.put("declaration", "id, position_id, kind, competence_month, submitted_on, protocol, status, amount,"
                + " error_count");
        COLUMNS.put("declaration_error", "id, declaration_id, code, severity, field, description");
        COLUMNS.put("debit_note", "id, position_id, note_number, kind, competence_month, issue_date, due_date, amount,"
                + " paid_amount, status");
        COLUMNS.put("eca_debit_note", "id, position_id, note_number, competence_month, issue_date, amount, sanction_amount,"
                + " status");
    }

    private static final int MAX_MONTHS = 240;
    private static final String[][] ERRORS = {
            {"E0102", "codiceFiscale", "Codice fiscale del lavoratore non presente in anagrafe tributaria"},
            {"E0417", "imponibile", "Imponibile pensionistico incongruente con la retribuzione dichiarata"},
            {"E0633", "aliquota", "Aliquota contributiva non corretta per la cassa pensionistica indicata"},
            {"E0781", "periodo", "Periodo di competenza successivo alla data di cessazione del rapporto"},
            {"E0925", "contributoTfs", "Contributo TFS calcolato su un imponibile errato"},
            {"W0210", "giorniUtili", "Giorni utili superiori ai giorni del mese"}};
    private static final String[] ADJUSTMENT_REASONS = {
            "Differenze contributive da denuncia mensile", "Omesso versamento contributi del periodo",
            "Recupero agevolazioni non spettanti", "Sanzioni civili per ritardato pagamento",
            "Conguaglio di prestazioni anticipate dal datore di lavoro"};
    /** ATECO code, CSC, classification, activity as it appears in company names. The first eight are drawn at random. */
    private static final String[][] PRIVATE_PROFILES = {
            {"41.20.00", "10101", "Industria - Costruzione di edifici", "Costruzioni"},
            {"49.41.00", "11301", "Industria - Trasporto merci su strada", "Trasporti"},
            {"56.10.11", "70708", "Terziario - Ristorazione con somministrazione", "Ristorazione"},
            {"62.01.00", "70501", "Terziario - Produzione di software", "Informatica"},
            {"47.11.40", "70101", "Commercio - Minimercati e altri esercizi non specializzati", "Alimentari"},
            {"25.62.00", "11001", "Industria - Lavori di meccanica generale", "Meccanica di Precisione"},
            {"43.21.01", "10102", "Artigianato - Installazione di impianti elettrici", "Impianti Elettrici"},
            {"10.71.10", "40101", "Artigianato - Produzione di prodotti di panetteria", "Panificazione"},
            {"45.20.10", "40301", "Artigianato - Riparazioni meccaniche di autoveicoli", "Autofficina"},
            {"18.12.00", "11801", "Artigianato - Altra stampa", "Tipografia"},
            {"86.23.00", "70709", "Terziario - Attività degli studi odontoiatrici", "Studio Dentistico"},
            {"56.30.00", "70708", "Terziario - Bar e altri esercizi simili senza cucina", "Bar"},
            {"55.10.00", "70702", "Terziario - Alberghi", "Hotel"},
            {"47.52.10", "70101", "Commercio - Ferramenta", "Ferramenta"}};
    private static final int RANDOM_PROFILES = 8;
    private static final String[] AUTHORIZATION_CODES = {"0J", "1R", "2H", "3N", "5E", "6Q", "7B", "9K"};

    private final long seed;
    private final DemoDataSize size;
    private final LocalDate referenceDate;
    private final YearMonth lastPeriod;
    private final Map<String, Long> ids = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    /** The fiscal code of the contributor made last, which the next position copies as holder's. */
    private String contributorFiscalCode;
    private RowSink sink;
    private Random random;
    private FiscalCodes fiscalCodes;

    /** @param referenceDate "today" for the data: periods end the month before, delegations are in force on it */
    public DemoDataGenerator(long seed, DemoDataSize size, LocalDate referenceDate) {
        this.seed = seed;
        this.size = size;
        this.referenceDate = referenceDate;
        this.lastPeriod = YearMonth.from(referenceDate).minusMonths(1);
    }

    /** Generates every row into the sink; returns the number of rows per table. */
    public Map<String, Long> generate(RowSink target) throws Exception {
        this.sink = target;
        this.random = new Random(seed);
        this.fiscalCodes = new FiscalCodes(random);
        ids.clear();
        counts.clear();
        for (String code : List.of(DemoFacts.DATORE, DemoFacts.DIPENDENTE_ENTE, DemoFacts.INTERMEDIARIO,
                DemoFacts.COLLABORATORE, DemoFacts.OPERATORE, DemoFacts.OPERATORE2)) {
            fiscalCodes.reserve(code);
        }
        offices();
        people();
        fixedPositions();
        for (long id = DemoFacts.FIXED_POSITIONS + 1; id <= size.positions(); id++) {
            randomPosition(id);
        }
        return counts;
    }

    /**
     * Generates straight into the database with multi-row inserts, foreign-key and unique checks off for
     * the load, committing every 50,000 rows. The connection must not be in a JTA transaction.
     */
    public Map<String, Long> insert(Connection connection) throws Exception {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Map<String, MultiRowInsert> inserts = new LinkedHashMap<>();
        long[] sinceCommit = {0};
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET foreign_key_checks = 0");
            statement.execute("SET unique_checks = 0");
            try {
                generate((table, values) -> {
                    inserts.computeIfAbsent(table, t -> new MultiRowInsert(connection, t, COLUMNS.get(t), 500))
                            .add(values);
                    if (++sinceCommit[0] >= 50_000) {
                        connection.commit();
                        sinceCommit[0] = 0;
                    }
                });
                for (MultiRowInsert insert : inserts.values()) {
                    insert.flush();
                    insert.close();
                }
                connection.commit();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            } finally {
                statement.execute("SET unique_checks = 1");
                statement.execute("SET foreign_key_checks = 1");
                connection.setAutoCommit(autoCommit);
            }
        }
        return counts;
    }


    private void emit(String table, Object... values) throws Exception {
        counts.merge(table, 1L, Long::sum);
        sink.row(table, values);
    }

    private long nextId(String table) {
        return ids.merge(table, 1L, Long::sum);
    }

    // ---- reference data and people ------------------------------------------------------------------

    private void offices() throws Exception {
        for (Office office : ItalianData.OFFICES) {
            emit("office", office.id(), office.code(), office.name(), office.provinceCode(), office.city());
        }
        for (Object[] pair : ItalianData.provincesWithOffice()) {
            Province province = (Province) pair[0];
            emit("office_province", province.code(), province.name(), ((Office) pair[1]).id());
        }
    }

    private void people() throws Exception {
        emit("office_member", nextId("office_member"), DemoFacts.OFFICE_ROMA, "operatore", DemoFacts.OPERATORE);
        emit("office_member", nextId("office_member"), DemoFacts.OFFICE_MILANO, "operatore2", DemoFacts.OPERATORE2);
        emit("intermediary_firm", 1L, "Studio Bianchi Consulenti del Lavoro Associati", fiscalCodes.partitaIva(),
                "giulia.bianchi@example.it");
        emit("firm_member", nextId("firm_member"), 1L, "intermediario", DemoFacts.INTERMEDIARIO, "OWNER");
        emit("firm_member", nextId("firm_member"), 1L, "collaboratore", DemoFacts.COLLABORATORE, "STAFF");
        emit("intermediary_firm", 2L, "Studio Verdi & Associati", fiscalCodes.partitaIva(), "studio.verdi@example.it");
        emit("firm_member", nextId("firm_member"), 2L, "studio.verdi", otherIntermediaryCode(), "OWNER");
    }

    private String otherIntermediaryCode;

    private String otherIntermediaryCode() {
        if (otherIntermediaryCode == null) {
            otherIntermediaryCode = fiscalCodes.person("Verdi", "Giuseppe", false, LocalDate.of(1968, 3, 9), "D969");
        }
        return otherIntermediaryCode;
    }

    // ---- the demo users' positions ------------------------------------------------------------------

    private void fixedPositions() throws Exception {
        Office roma = ItalianData.OFFICES.get(0);
        Office milano = ItalianData.OFFICES.get(1);
        LocalDate opened = referenceDate.minusYears(12).withDayOfMonth(1);
        long rossi1 = contributor("Rossi Costruzioni S.r.l.", "S.r.l.", province(roma, "RM"), DemoFacts.DATORE,
                "Mario Rossi", true);
        position(DemoFacts.ROSSI_COSTRUZIONI, "PRIVATE_EMPLOYER", rossi1, roma, null, 48, PRIVATE_PROFILES[0],
                opened, "ACTIVE", "Rossi Costruzioni S.r.l.", size.largestPositionPayments(), true);
        long rossi2 = contributor("Rossi Logistica S.p.A.", "S.p.A.", province(roma, "LT"), DemoFacts.DATORE,
                "Mario Rossi", true);
        position(DemoFacts.ROSSI_LOGISTICA, "PRIVATE_EMPLOYER", rossi2, roma, null, 23, PRIVATE_PROFILES[1],
                opened.plusYears(4), "ACTIVE", "Rossi Logistica S.p.A.", size.paymentsPerPosition(), true);
        long tivoli = contributor("Comune di Tivoli", "Ente locale", new Province("RM", "Roma", "00019"),
                randomPerson(), null, false);
        position(DemoFacts.COMUNE_TIVOLI_1, "PUBLIC_ADMINISTRATION", tivoli, roma, 1, 210, null, opened.minusYears(10),
                "ACTIVE", "Comune di Tivoli", size.paymentsPerPosition(), true);
        position(DemoFacts.COMUNE_TIVOLI_2, "PUBLIC_ADMINISTRATION", tivoli, roma, 2, 35, null, opened,
                "ACTIVE", "Comune di Tivoli", size.paymentsPerPosition(), false);
        emit("employee_delegation", nextId("employee_delegation"), tivoli, "dipendente.ente",
                DemoFacts.DIPENDENTE_ENTE, "READ_AND_SEND", referenceDate.minusYears(2), referenceDate.plusYears(3),
                "ACTIVE");

        clientOfStudioBianchi(DemoFacts.TRATTORIA_DA_ENZO, "Trattoria Da Enzo di Russo Vincenzo & C. S.n.c.", "S.n.c.",
                roma, "RM", PRIVATE_PROFILES[2], "ACTIVE", "READ_AND_SEND", "ACTIVE", "READ_AND_SEND");
        clientOfStudioBianchi(DemoFacts.FERRAMENTA_COLOMBO, "Ferramenta Colombo S.r.l.", "S.r.l.", roma, "RM",
                PRIVATE_PROFILES[13], "ACTIVE", "READ_AND_SEND", "ACTIVE", "READ_ONLY");
        clientOfStudioBianchi(DemoFacts.PANIFICIO_ESPOSITO, "Panificio Esposito S.a.s.", "S.a.s.", roma, "FR",
                PRIVATE_PROFILES[7], "ACTIVE", "READ_AND_SEND", "REVOKED", "READ_AND_SEND");
        clientOfStudioBianchi(DemoFacts.AUTOFFICINA_RICCI, "Autofficina Ricci S.r.l.", "S.r.l.", roma, "RM",
                PRIVATE_PROFILES[8], "ACTIVE", "READ_ONLY", null, null);
        clientOfStudioBianchi(DemoFacts.TIPOGRAFIA_MORETTI, "Tipografia Moretti S.r.l.", "S.r.l.", milano, "MI",
                PRIVATE_PROFILES[9], "ACTIVE", "READ_AND_SEND", null, null);
        clientOfStudioBianchi(DemoFacts.STUDIO_DENTISTICO_GALLI, "Studio Dentistico Galli S.r.l.", "S.r.l.", roma, "VT",
                PRIVATE_PROFILES[10], "EXPIRED", "READ_AND_SEND", null, null);
        clientOfStudioBianchi(DemoFacts.BAR_CENTRALE, "Bar Centrale di Conti Andrea", "Ditta individuale", roma, "RM",
                PRIVATE_PROFILES[11], "REVOKED", "READ_AND_SEND", null, null);
        long marino = contributor("Hotel Marino S.p.A.", "S.p.A.", province(roma, "RM"), randomPerson(),
                null, true);
        position(DemoFacts.HOTEL_MARINO, "PRIVATE_EMPLOYER", marino, roma, null, 64, PRIVATE_PROFILES[12], opened,
                "ACTIVE", "Hotel Marino S.p.A.", size.paymentsPerPosition(), true);
        delegation(DemoFacts.HOTEL_MARINO, 2L, "studio.verdi", otherIntermediaryCode(), "READ_AND_SEND", "ACTIVE");
        long portico = contributor("Associazione Culturale Il Portico", "Associazione", province(roma, "RM"),
                randomPerson(), null, false);
        position(DemoFacts.ASSOCIAZIONE_IL_PORTICO, "SEPARATE_SCHEME", portico, roma, null, 3, null, opened,
                "ACTIVE", "Associazione Culturale Il Portico", size.paymentsPerPosition(), false);
    }

    private void clientOfStudioBianchi(long positionId, String name, String legalForm, Office office, String province,
                                       String[] profile, String status, String scope, String subStatus,
                                       String subScope) throws Exception {
        long contributor = contributor(name, legalForm, province(office, province), randomPerson(), null, true);
        position(positionId, "PRIVATE_EMPLOYER", contributor, office, null, 4 + random.nextInt(30), profile,
                referenceDate.minusYears(3 + random.nextInt(15)).withDayOfMonth(1), "ACTIVE", name,
                size.paymentsPerPosition(), true);
        long delegation = delegation(positionId, 1L, "intermediario", DemoFacts.INTERMEDIARIO, scope, status);
        if (subStatus != null) {
            emit("sub_delegation", nextId("sub_delegation"), delegation, "collaboratore", DemoFacts.COLLABORATORE,
                    subScope, referenceDate.minusMonths(6), referenceDate.plusYears(1), subStatus);
        }
    }

    private long delegation(long positionId, long firm, String username, String fiscalCode, String scope,
                            String status) throws Exception {
        long id = nextId("delegation");
        LocalDate from = switch (status) {
            case "EXPIRED" -> referenceDate.minusYears(4);
            default -> referenceDate.minusYears(1).minusDays(random.nextInt(300));
        };
        LocalDate to = "EXPIRED".equals(status) ? referenceDate.minusYears(1) : referenceDate.plusYears(2);
        emit("delegation", id, positionId, firm, username, fiscalCode, scope, from, to, status,
                from.atTime(8, 30));
        return id;
    }

    // ---- random positions -----------------------------------------------------------------------

    private void randomPosition(long id) throws Exception {
        Office office;
        Province province;
        if (random.nextInt(100) < 55) {
            office = ItalianData.OFFICES.get(0);
        } else {
            office = ItalianData.OFFICES.get(random.nextInt(ItalianData.OFFICES.size()));
        }
        province = office.provinces().get(random.nextInt(office.provinces().size()));
        int kindDraw = random.nextInt(100);
        String kind = kindDraw < 75 ? "PRIVATE_EMPLOYER" : kindDraw < 93 ? "PUBLIC_ADMINISTRATION" : "SEPARATE_SCHEME";
        int statusDraw = random.nextInt(100);
        String status = statusDraw < 85 ? "ACTIVE" : statusDraw < 93 ? "SUSPENDED" : "CEASED";
        LocalDate opened = referenceDate.minusMonths(18 + random.nextInt(300)).withDayOfMonth(1);
        String name;
        String legalForm;
        String[] profile = null;
        int employees;
        switch (kind) {
            case "PRIVATE_EMPLOYER" -> {
                legalForm = pick(ItalianData.LEGAL_FORMS);
                profile = PRIVATE_PROFILES[random.nextInt(RANDOM_PROFILES)];
                name = pick(ItalianData.SURNAMES) + " " + profile[3] + " " + legalForm;
                employees = 1 + (int) Math.round(Math.exp(random.nextDouble() * 5));
            }
            case "PUBLIC_ADMINISTRATION" -> {
                legalForm = "Ente pubblico";
                name = switch (random.nextInt(3)) {
                    case 0 -> "Comune di " + province.name();
                    case 1 -> "Istituto Comprensivo " + pick(ItalianData.SURNAMES) + " di " + province.name();
                    default -> "Azienda Sanitaria Locale " + province.name() + " " + (1 + random.nextInt(3));
                };
                employees = 20 + random.nextInt(800);
            }
            default -> {
                legalForm = "Associazione";
                name = "Associazione " + pick(List.of("Culturale", "Sportiva Dilettantistica", "di Promozione Sociale"))
                        + " " + pick(ItalianData.SURNAMES);
                employees = 1 + random.nextInt(8);
            }
        }
        boolean company = "PRIVATE_EMPLOYER".equals(kind);
        long contributor = contributor(name, legalForm, province, randomPerson(), null, company);
        position(id, kind, contributor, office, "PUBLIC_ADMINISTRATION".equals(kind) ? 1 : null, employees, profile,
                opened, status, name, size.paymentsPerPosition(), false);
        if (random.nextInt(100) < 25) {
            delegation(id, 2L, "studio.verdi", otherIntermediaryCode(), "READ_AND_SEND",
                    random.nextInt(10) == 0 ? "REVOKED" : "ACTIVE");
        }
    }

    private Province province(Office office, String code) {
        return office.provinces().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String lastRepName;

    /** A random person's fiscal code; the name is kept in {@link #lastRepName}. */
    private String randomPerson() {
        boolean female = random.nextBoolean();
        String surname = pick(ItalianData.SURNAMES);
        String name = pick(female ? ItalianData.FEMALE_NAMES : ItalianData.MALE_NAMES);
        lastRepName = name + " " + surname;
        LocalDate birth = LocalDate.of(1950 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return fiscalCodes.person(surname, name, female, birth, pick(ItalianData.BIRTH_PLACES));
    }

    private long contributor(String name, String legalForm, Province province, String legalRep, String legalRepName,
                             boolean company) throws Exception {
        long id = nextId("contributor");
        String repName = legalRepName != null ? legalRepName : lastRepName;
        String vat = company ? fiscalCodes.partitaIva() : null;
        String fiscalCode = company ? vat : fiscalCodes.entity();
        contributorFiscalCode = fiscalCode;
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "").substring(0, Math.min(20,
                name.toLowerCase().replaceAll("[^a-z0-9]+", "").length()));
        emit("contributor", id, fiscalCode, vat, name, legalForm,
                pick(ItalianData.STREETS) + ", " + (1 + random.nextInt(180)), province.postalCode(), province.name(),
                province.code(), slug + id + "@pec.it", legalRep, repName,
                String.format("0%d %07d", 2 + random.nextInt(9), random.nextInt(10_000_000)), "info@" + slug + ".it");
        return id;
    }

    private void position(long id, String kind, long contributor, Office office, Integer progressivo, int employees,
                          String[] profile, LocalDate opened, String status, String holderName, int payments,
                          boolean showcase) throws Exception {
        LocalDate statusSince = "ACTIVE".equals(status) ? opened
                : referenceDate.minusMonths(1 + random.nextInt(Math.max(1, monthsBetween(opened) - 1)));
        LocalDate ceasedOn = "CEASED".equals(status) ? statusSince : null;
        String holderFiscalCode = contributorFiscalCode;
        String matricola = "PRIVATE_EMPLOYER".equals(kind) ? String.format("%s%06d", office.code(), id) : null;
        String classification = switch (kind) {
            case "PRIVATE_EMPLOYER" -> profile[2];
            case "PUBLIC_ADMINISTRATION" -> holderName.startsWith("Comune") ? "Ente locale - CPDEL, TFS"
                    : holderName.startsWith("Istituto") ? "Istituzione scolastica - CTPS, TFS" : "Servizio sanitario - CPDEL, CPS";
            default -> "Committente Gestione separata";
        };
        emit("contribution_position", id, kind, contributor, office.id(), matricola, progressivo,
                profile == null ? null : profile[1],
                profile == null ? null : AUTHORIZATION_CODES[random.nextInt(AUTHORIZATION_CODES.length)]
                        + (random.nextBoolean() ? "," + AUTHORIZATION_CODES[random.nextInt(AUTHORIZATION_CODES.length)] : ""),
                profile == null ? null : profile[0], classification, employees, status, statusSince, opened, ceasedOn,
                holderName, holderFiscalCode);
        YearMonth last = ceasedOn != null ? YearMonth.from(ceasedOn) : lastPeriod;
        sections(id, kind, employees, YearMonth.from(opened), last, payments, showcase);
    }

    private int monthsBetween(LocalDate from) {
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(from, referenceDate);
    }

    // ---- sections -------------------------------------------------------------------------------

    private void sections(long positionId, String kind, int employees, YearMonth first, YearMonth last, int payments,
                          boolean showcase) throws Exception {
        Random r = new Random(seed * 1_000_003L + positionId);
        int months = (int) Math.max(1, Math.min(MAX_MONTHS, first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1));
        boolean pa = "PUBLIC_ADMINISTRATION".equals(kind);
        BigDecimal monthly = BigDecimal.valueOf(employees * (650 + r.nextInt(500)));
        for (int i = 0; i < payments; i++) {
            YearMonth period = last.minusMonths(i % months);
            boolean bancaItalia = pa && r.nextInt(10) < 7;
            LocalDate paid = period.plusMonths(1).atDay(16).plusDays(r.nextInt(20) == 0 ? r.nextInt(60) : 0);
            if (paid.isAfter(referenceDate)) {
                paid = referenceDate;
            }
            String taxCode = switch (kind) {
                case "PRIVATE_EMPLOYER" -> "DM10";
                case "PUBLIC_ADMINISTRATION" -> "P101";
                default -> "CXX";
            };
            emit("payment", nextId("payment"), positionId, paid, bancaItalia ? "BANCA_ITALIA" : "F24", taxCode,
                    period.atDay(1), vary(r, monthly, 12), bancaItalia ? ItalianData.BANCA_D_ITALIA
                            : ItalianData.BANKS.get(r.nextInt(ItalianData.BANKS.size())));
        }
        int declarations = Math.min(months, pa ? 96 : 24);
        boolean errorsShown = false;
        for (int i = 0; i < declarations; i++) {
            YearMonth period = last.minusMonths(i);
            int draw = r.nextInt(100);
            String status = draw < 90 ? "ACCEPTED" : draw < 98 ? "WITH_ERRORS" : "REJECTED";
            if (showcase && !errorsShown && i == 2) {
                status = "WITH_ERRORS";
            }
            errorsShown |= !"ACCEPTED".equals(status);
            int errors = "ACCEPTED".equals(status) ? 0 : "REJECTED".equals(status) ? 1 : 1 + r.nextInt(3);
            String declarationKind = pa ? (period.isBefore(YearMonth.of(2020, 1)) ? "DMA" : "LISTAPOSPA") : "UNIEMENS";
            long id = nextId("declaration");
            LocalDate submitted = period.plusMonths(1).atEndOfMonth().minusDays(r.nextInt(10));
            emit("declaration", id, positionId, declarationKind, period.atDay(1),
                    submitted.isAfter(referenceDate) ? referenceDate : submitted,
                    String.format("INPS.%04d.%08d", period.getYear(), id), status, vary(r, monthly, 10), errors);
            for (int e = 0; e < errors; e++) {
                String[] error = ERRORS[r.nextInt(ERRORS.length)];
                emit("declaration_error", nextId("declaration_error"), id, error[0],
                        "REJECTED".equals(status) || !error[0].startsWith("W") ? "BLOCKING" : "WARNING", error[1],
                        error[2]);
            }
        }
        int debitNotes = showcase ? 2 + r.nextInt(3) : r.nextInt(4);
        for (int i = 0; i < debitNotes; i++) {
            YearMonth period = last.minusMonths(r.nextInt(months));
            LocalDate issued = min(period.plusMonths(4 + r.nextInt(10)).atDay(1 + r.nextInt(28)), referenceDate);
            BigDecimal amount = money(150 + r.nextInt(25_000), r);
            String status = showcase && i == 0 ? "OPEN" : noteStatus(r);
            BigDecimal paidAmount = "PAID".equals(status) ? amount : "OPEN".equals(status) && r.nextBoolean()
                    ? amount.divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_EVEN) : BigDecimal.ZERO.setScale(2);
            long id = nextId("debit_note");
            emit("debit_note", id, positionId, String.format("ND%d%07d", issued.getYear(), id),
                    r.nextBoolean() ? "SISTEMAZIONE" : "REGOLARIZZAZIONE", period.atDay(1), issued,
                    issued.plusDays(30), amount, paidAmount, status);
        }
        for (int i = 0, n = r.nextInt(3); i < n; i++) {
            YearMonth period = last.minusMonths(r.nextInt(months));
            LocalDate issued = min(period.plusMonths(3 + r.nextInt(12)).atDay(1 + r.nextInt(28)), referenceDate);
            long id = nextId("adjustment_note");
            emit("adjustment_note", id, positionId, String.format("NR%d%07d", issued.getYear(), id), period.atDay(1),
                    issued, money(80 + r.nextInt(12_000), r), noteStatus(r),
                    ADJUSTMENT_REASONS[r.nextInt(ADJUSTMENT_REASONS.length)]);
        }
        if (!pa) {
            return;
        }
        for (int i = 0, n = r.nextInt(3) + (showcase ? 1 : 0); i < n; i++) {
            YearMonth period = last.minusMonths(r.nextInt(months));
            LocalDate issued = min(period.plusMonths(6 + r.nextInt(12)).atDay(1 + r.nextInt(28)), referenceDate);
            BigDecimal amount = money(500 + r.nextInt(40_000), r);
            long id = nextId("eca_debit_note");
            emit("eca_debit_note", id, positionId, String.format("ECA%d%07d", issued.getYear(), id), period.atDay(1),
                    issued, amount, amount.multiply(new BigDecimal("0.30")).setScale(2, RoundingMode.HALF_EVEN),
                    showcase && i == 0 ? "OPEN" : noteStatus(r));
        }
        if (showcase || r.nextInt(100) < 40) {
            int instalments = 12 + r.nextInt(49);
            YearMonth period = last.minusMonths(r.nextInt(Math.min(months, 36)));
            LocalDate issued = min(period.plusMonths(2).atDay(10), referenceDate);
            BigDecimal amount = money(5_000 + r.nextInt(115_000), r);
            BigDecimal instalment = amount.divide(BigDecimal.valueOf(instalments), 2, RoundingMode.HALF_EVEN);
            boolean defaulted = r.nextInt(10) == 0;
            LocalDate lastDue = issued.plusMonths(instalments);
            String status = defaulted ? "DEFAULTED" : lastDue.isBefore(referenceDate) ? "COMPLETED" : "IN_PROGRESS";
            long planId = nextId("amortisation_plan");
            emit("amortisation_plan", planId, positionId, String.format("PA%d%06d", issued.getYear(), planId),
                    r.nextBoolean() ? "PENSION_BENEFIT" : "TFS", period.atDay(1), issued, amount, instalments, status);
            for (int n = 1; n <= instalments; n++) {
                LocalDate due = issued.plusMonths(n);
                boolean past = due.isBefore(referenceDate);
                boolean paid = past && !(defaulted && n > instalments / 2);
                BigDecimal value = n == instalments
                        ? amount.subtract(instalment.multiply(BigDecimal.valueOf(instalments - 1L))) : instalment;
                emit("amortisation_instalment", nextId("amortisation_instalment"), planId, n, due, value,
                        paid ? due.minusDays(r.nextInt(5)) : null, paid ? "PAID" : past ? "OVERDUE" : "DUE");
            }
        }
    }

    private static String noteStatus(Random r) {
        int draw = r.nextInt(100);
        return draw < 35 ? "OPEN" : draw < 80 ? "PAID" : draw < 90 ? "CONTESTED" : "CANCELLED";
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static BigDecimal money(int euros, Random r) {
        return BigDecimal.valueOf(euros * 100L + r.nextInt(100), 2);
    }

    /** The base amount varied by up to ±percent, in cents. */
    private static BigDecimal vary(Random r, BigDecimal base, int percent) {
        double factor = 1 + (r.nextDouble() * 2 - 1) * percent / 100.0;
        return base.multiply(BigDecimal.valueOf(factor)).setScale(2, RoundingMode.HALF_EVEN);
    }

}
