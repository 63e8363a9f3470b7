package vn.ansinh.units.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import vn.ansinh.units.UnitKind;
import vn.ansinh.units.UnitListRow;

/**
 * Reads an official unit list (CSV, UTF-8, the header {@code level,code,name,full_name,kind,parent_code}) into rows,
 * or the problems that stop it, each named by line and column as message codes with their arguments: a file with
 * any problem gives no rows. A parent must come before its children (the national lists are written so).
 */
public final class UnitListReader {

    static final List<String> HEADER = List.of("level", "code", "name", "full_name", "kind", "parent_code");

    /** A problem found: line, column, message code and arguments. */
    public record Problem(int line, String column, String code, Object... arguments) {
    }

    /** The rows read, or none and the problems. */
    public record Read(List<UnitListRow> rows, List<Problem> problems) {
    }

    private UnitListReader() {
    }

    public static Read read(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<String> lines = text.lines().toList();
        List<Problem> problems = new ArrayList<>();
        if (lines.isEmpty() || !columns(lines.get(0)).equals(HEADER)) {
            return new Read(List.of(), List.of(new Problem(1, "", "units.import.header", String.join(",", HEADER))));
        }
        List<UnitListRow> rows = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                row(i + 1, lines.get(i).split(",", -1), codes, problems).ifPresent(rows::add);
            }
        }
        return problems.isEmpty() ? new Read(rows, List.of()) : new Read(List.of(), problems);
    }

    private static Optional<UnitListRow> row(int line, String[] cells, Set<String> codes,
            List<Problem> problems) {
        if (cells.length != HEADER.size()) {
            problems.add(new Problem(line, "", "units.import.cells", cells.length, HEADER.size()));
            return Optional.empty();
        }
        int before = problems.size();
        Integer level = level(line, cells[0].strip(), problems);
        String code = required(line, "code", cells[1], problems);
        String name = required(line, "name", cells[2], problems);
        String fullName = required(line, "full_name", cells[3], problems);
        UnitKind kind = level == null ? null : kind(line, cells[4].strip(), level, problems);
        String parent = cells[5].strip().isEmpty() ? null : cells[5].strip();
        if (code != null && !codes.add(code)) {
            problems.add(new Problem(line, "code", "units.import.duplicate", code));
        }
        if (level != null && (level == 1) != (parent == null)) {
            problems.add(new Problem(line, "parent_code", level == 1 ? "units.import.topHasParent" : "units.import.noParent"));
        } else if (parent != null && !codes.contains(parent)) {
            problems.add(new Problem(line, "parent_code", "units.import.parentMissing", parent));
        }
        return problems.size() > before ? Optional.empty()
                : Optional.of(new UnitListRow(line, level, code, name, fullName, kind, parent));
    }

    private static Integer level(int line, String cell, List<Problem> problems) {
        if (!cell.matches("[123]")) {
            problems.add(new Problem(line, "level", "units.import.level", cell));
            return null;
        }
        return Integer.parseInt(cell);
    }

    private static String required(int line, String column, String cell, List<Problem> problems) {
        String value = cell.strip();
        if (value.isEmpty()) {
            problems.add(new Problem(line, column, "units.import.empty"));
            return null;
        }
        return value;
    }

    /** The list's kinds; CITY is a centrally-run city at the top and a provincial city below it. */
    private static UnitKind kind(int line, String cell, int level, List<Problem> problems) {
        String kind = cell.toUpperCase(Locale.ROOT);
        if ("CITY".equals(kind)) {
            return level == 1 ? UnitKind.CENTRAL_CITY : UnitKind.PROVINCIAL_CITY;
        }
        try {
            UnitKind known = UnitKind.valueOf(kind);
            if (known != UnitKind.VILLAGE && known != UnitKind.RESIDENTIAL_GROUP) {
                return known;
            }
        } catch (IllegalArgumentException unknown) {
            // answered below
        }
        problems.add(new Problem(line, "kind", "units.import.kind", cell));
        return null;
    }

    private static List<String> columns(String header) {
        return Arrays.stream(header.split(",", -1)).map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
    }
}
