package it.cassetto.demo;

/**
 * How much demo data to make: the number of positions (the 13 fixed demo ones included), payments per
 * ordinary position, and payments of position 1, the largest.
 */
public record DemoDataSize(int positions, int paymentsPerPosition, int largestPositionPayments) {

    /** The run command's default: some 200 positions besides the demo users' ones. */
    public static final DemoDataSize SMALL = new DemoDataSize(213, 24, 360);

    /** The benchmark: 10,000 positions, over a million payments, one position with 10,000 of them. */
    public static final DemoDataSize BENCHMARK = new DemoDataSize(10_000, 100, 10_000);

    public DemoDataSize {
        if (positions < DemoFacts.FIXED_POSITIONS || paymentsPerPosition < 1 || largestPositionPayments < 1) {
            throw new IllegalArgumentException("Too small: " + positions + " positions");
        }
    }
}
