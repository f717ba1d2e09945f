package it.cassetto.demo;

/** Where the demo generator puts its rows: a database (batched inserts) or a test's memory. */
public interface RowSink {

    /** One row of the table, values in the order of {@link DemoDataGenerator#COLUMNS}. */
    void row(String table, Object... values) throws Exception;
}
