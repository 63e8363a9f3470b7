package vn.ansinh.apportionment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import vn.ansinh.annex.ComputedTable;
import vn.ansinh.programme.Programme;

/**
 * A programme's tables as the user's scope sees them, and those of the same coordinating unit's
 * programme of the year before (empty when there is none the user reads), by table code in printed order.
 */
public record ProgrammeTables(Programme programme, Map<String, ComputedTable> current,
        Map<String, ComputedTable> previous) {

    public ProgrammeTables {
        current = Collections.unmodifiableMap(new LinkedHashMap<>(current));
        previous = Collections.unmodifiableMap(new LinkedHashMap<>(previous));
    }

    public Optional<ComputedTable> table(String code, boolean previousYear) {
        return Optional.ofNullable((previousYear ? previous : current).get(code));
    }

    public int year() {
        return programme.programmeYear();
    }
}
