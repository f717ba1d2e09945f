package it.cassetto.position;

/**
 * How a section column's values are typed and shown: TEXT (String), DATE (LocalDate), PERIOD (YearMonth),
 * AMOUNT (BigDecimal, euro), NUMBER (Integer), CODE (a String code shown through the key "code." + value).
 */
public enum ColumnType {
    TEXT, DATE, PERIOD, AMOUNT, NUMBER, CODE
}
