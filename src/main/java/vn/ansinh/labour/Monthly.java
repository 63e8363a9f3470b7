package vn.ansinh.labour;

import java.util.Arrays;

/** What a commune achieved of a kind in each month of a year (index 0 = January), and where it comes from. */
public record Monthly(long[] months, Source source) {

    public enum Source {
        RECORDS,
        COUNTS
    }

    public Monthly {
        months = months.clone();
    }

    public long total() {
        return Arrays.stream(months).sum();
    }

    /** Achieved up to and including the month (1–12). */
    public long through(int month) {
        return Arrays.stream(months, 0, Math.min(12, month)).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Monthly m && Arrays.equals(months, m.months) && source == m.source;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(months) * 31 + source.hashCode();
    }

    @Override
    public String toString() {
        return source + Arrays.toString(months);
    }
}
