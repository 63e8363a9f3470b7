package vn.ansinh.annex;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a unit divided among several is shared out by, when a table is shown under a later map: the households or
 * the population of the parts, read from the table's own column of that indicator.
 */
public enum SplitKey {
    HOUSEHOLDS(Set.of("HOUSEHOLDS")),
    POPULATION(Set.of("POPULATION", "WORKING_AGE_POPULATION"));

    private final Set<String> indicatorCodes;

    SplitKey(Set<String> indicatorCodes) {
        this.indicatorCodes = indicatorCodes;
    }

    /** Whether a column of this indicator holds this key. */
    public boolean heldBy(String indicatorCode) {
        return indicatorCodes.contains(indicatorCode);
    }

    /** The key a request names ("households", "population"); none for a blank; refused for anything else. */
    public static Optional<SplitKey> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new SplitRefusedException("annex.asOf.split.unknown", text.strip());
        }
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
