package it.cassetto.demo.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Real Italian reference data for the demo generator: the 107 provinces (code, name, postal code of the
 * chief town) grouped by the demo office competent for them, cadastral (Belfiore) codes of large
 * towns for birth places, common surnames and first names, legal forms, streets, banks.
 */
public final class ItalianData {

    /** A province: code (sigla), name, postal code of the chief town. */
    public record Province(String code, String name, String postalCode) {
    }

    /** A demo office: id, code, name, chief town, province codes it is competent for. */
    public record Office(long id, String code, String name, String city, String provinceCode, List<Province> provinces) {
    }

    public static final List<Office> OFFICES;

    static {
        List<Office> offices = new ArrayList<>();
        offices.add(office(1, "7001", "Roma Centro", "Roma", "RM|Roma|00185", "LT|Latina|04100", "FR|Frosinone|03100",
                "VT|Viterbo|01100", "RI|Rieti|02100"));
        offices.add(office(2, "4901", "Milano", "Milano", "MI|Milano|20121", "MB|Monza e della Brianza|20900",
                "LO|Lodi|26900", "PV|Pavia|27100", "CO|Como|22100", "VA|Varese|21100", "LC|Lecco|23900",
                "BG|Bergamo|24121", "BS|Brescia|25121", "CR|Cremona|26100", "MN|Mantova|46100", "SO|Sondrio|23100"));
        offices.add(office(3, "5101", "Napoli", "Napoli", "NA|Napoli|80133", "CE|Caserta|81100", "SA|Salerno|84121",
                "AV|Avellino|83100", "BN|Benevento|82100"));
        offices.add(office(4, "8101", "Torino", "Torino", "TO|Torino|10121", "CN|Cuneo|12100", "AT|Asti|14100",
                "AL|Alessandria|15121", "NO|Novara|28100", "VC|Vercelli|13100", "BI|Biella|13900",
                "VB|Verbano-Cusio-Ossola|28921", "AO|Aosta|11100"));
        offices.add(office(5, "3001", "Firenze", "Firenze", "FI|Firenze|50123", "PO|Prato|59100", "PT|Pistoia|51100",
                "PI|Pisa|56125", "LU|Lucca|55100", "LI|Livorno|57123", "SI|Siena|53100", "AR|Arezzo|52100",
                "GR|Grosseto|58100", "MS|Massa-Carrara|54100"));
        offices.add(office(6, "1301", "Bologna", "Bologna", "BO|Bologna|40121", "FE|Ferrara|44121", "MO|Modena|41121",
                "RE|Reggio Emilia|42121", "PR|Parma|43121", "PC|Piacenza|29121", "RA|Ravenna|48121",
                "FC|Forlì-Cesena|47121", "RN|Rimini|47921"));
        offices.add(office(7, "0901", "Bari", "Bari", "BA|Bari|70121", "BT|Barletta-Andria-Trani|76121",
                "FG|Foggia|71121", "TA|Taranto|74121", "BR|Brindisi|72100", "LE|Lecce|73100"));
        offices.add(office(8, "5501", "Palermo", "Palermo", "PA|Palermo|90133", "CT|Catania|95124", "ME|Messina|98122",
                "AG|Agrigento|92100", "TP|Trapani|91100", "SR|Siracusa|96100", "RG|Ragusa|97100", "EN|Enna|94100",
                "CL|Caltanissetta|93100"));
        offices.add(office(9, "8901", "Venezia", "Venezia", "VE|Venezia|30121", "PD|Padova|35121", "VR|Verona|37121",
                "VI|Vicenza|36100", "TV|Treviso|31100", "RO|Rovigo|45100", "BL|Belluno|32100"));
        offices.add(office(10, "3601", "Genova", "Genova", "GE|Genova|16121", "SV|Savona|17100", "IM|Imperia|18100",
                "SP|La Spezia|19121"));
        offices.add(office(11, "2101", "Ancona", "Ancona", "AN|Ancona|60121", "PU|Pesaro e Urbino|61121",
                "MC|Macerata|62100", "FM|Fermo|63900", "AP|Ascoli Piceno|63100", "PG|Perugia|06121", "TR|Terni|05100"));
        offices.add(office(12, "1501", "Cagliari", "Cagliari", "CA|Cagliari|09124", "SS|Sassari|07100",
                "NU|Nuoro|08100", "OR|Oristano|09170", "SU|Sud Sardegna|09013"));
        offices.add(office(13, "6101", "Pescara", "Pescara", "PE|Pescara|65121", "CH|Chieti|66100",
                "AQ|L'Aquila|67100", "TE|Teramo|64100", "CB|Campobasso|86100", "IS|Isernia|86170"));
        offices.add(office(14, "9001", "Trieste", "Trieste", "TS|Trieste|34121", "UD|Udine|33100", "GO|Gorizia|34170",
                "PN|Pordenone|33170", "TN|Trento|38122", "BZ|Bolzano|39100"));
        offices.add(office(15, "2801", "Catanzaro", "Catanzaro", "CZ|Catanzaro|88100", "CS|Cosenza|87100",
                "RC|Reggio Calabria|89127", "KR|Crotone|88900", "VV|Vibo Valentia|89900", "PZ|Potenza|85100",
                "MT|Matera|75100"));
        OFFICES = Collections.unmodifiableList(offices);
    }

    /** Cadastral codes (codici Belfiore) of large towns, for birth places in fiscal codes. */
    public static final List<String> BIRTH_PLACES = List.of("H501", "F205", "F839", "L219", "D612", "A944", "A662",
            "G273", "L736", "D969", "B354", "L424", "D548", "L781", "G224", "C351", "A271", "G482", "H703", "E506");

    public static final List<String> SURNAMES = List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano",
            "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa",
            "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi",
            "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli", "Vitale", "Lombardo",
            "Serra", "Coppola", "De Santis", "D'Angelo", "Marchetti", "Parisi", "Villa", "Conte", "Ferraro", "Fabbri");

    public static final List<String> MALE_NAMES = List.of("Marco", "Giuseppe", "Antonio", "Giovanni", "Francesco",
            "Luca", "Alessandro", "Andrea", "Roberto", "Stefano", "Paolo", "Davide", "Matteo", "Salvatore", "Fabio",
            "Simone", "Massimo", "Claudio", "Riccardo", "Pietro");

    public static final List<String> FEMALE_NAMES = List.of("Maria", "Anna", "Giulia", "Francesca", "Chiara", "Sara",
            "Laura", "Valentina", "Elena", "Federica", "Silvia", "Paola", "Alessandra", "Martina", "Roberta",
            "Cristina", "Elisa", "Monica", "Barbara", "Simona");

    public static final List<String> LEGAL_FORMS = List.of("S.r.l.", "S.r.l.", "S.r.l.", "S.p.A.", "S.n.c.", "S.a.s.",
            "S.r.l.s.", "Soc. Coop.");

    public static final List<String> STREETS = List.of("Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II",
            "Via Mazzini", "Via Cavour", "Via Dante Alighieri", "Viale della Repubblica", "Via XX Settembre",
            "Piazza della Libertà", "Via Marconi", "Via Verdi", "Via Matteotti", "Via Nazionale", "Via dei Mille",
            "Viale Europa");

    public static final List<String> BANKS = List.of("Intesa Sanpaolo", "UniCredit", "Banco BPM", "BPER Banca",
            "Banca Monte dei Paschi di Siena", "Crédit Agricole Italia", "Banca Popolare di Sondrio", "Poste Italiane",
            "Banca Sella", "Credem");

    public static final String BANCA_D_ITALIA = "Banca d'Italia - Tesoreria dello Stato";

    private ItalianData() {
    }

    private static Office office(long id, String code, String name, String city, String... provinces) {
        List<Province> list = new ArrayList<>();
        for (String province : provinces) {
            String[] parts = province.split("\\|");
            list.add(new Province(parts[0], parts[1], parts[2]));
        }
        return new Office(id, code, name, city, list.get(0).code(), List.copyOf(list));
    }

    /** Every province with the office competent for it, in a fixed order. */
    public static List<Object[]> provincesWithOffice() {
        List<Object[]> result = new ArrayList<>();
        for (Office office : OFFICES) {
            for (Province province : office.provinces()) {
                result.add(new Object[] {province, office});
            }
        }
        return result;
    }
}
