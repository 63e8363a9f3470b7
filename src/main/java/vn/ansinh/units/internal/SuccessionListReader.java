package vn.ansinh.units.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a succession list (CSV, UTF-8, the header {@code level,code,full_name,province_code,predecessors}; quoted
 * cells may hold commas) into rows, or the problems that stop it, by line and column: a file with any problem gives
 * no rows.
 */
public final class SuccessionListReader {

    static final List<String> HEADER = List.of("level", "code", "full_name", "province_code", "predecessors");

    /** One new unit: its level (1 province, 2 commune), GSO code, name, province's code and predecessors in words. */
    public record Row(int line, int level, String code, String fullName, String provinceCode, String words) {
    }

    /** The rows read, or none and the problems. */
    public record Read(List<Row> rows, List<UnitListReader.Problem> problems) {
    }

    private SuccessionListReader() {
    }

    public static Read read(byte[] content) {
        List<String> lines = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
        if (lines.isEmpty() || !cells(lines.get(0)).stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList()
                .equals(HEADER)) {
            return new Read(List.of(), List.of(new UnitListReader.Problem(1, "", "units.import.header", String.join(",", HEADER))));
        }
        List<Row> rows = new ArrayList<>();
        List<UnitListReader.Problem> problems = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                row(i + 1, cells(lines.get(i)), problems, rows);
            }
        }
        return problems.isEmpty() ? new Read(rows, List.of()) : new Read(List.of(), problems);
    }

    private static void row(int line, List<String> cells, List<UnitListReader.Problem> problems, List<Row> rows) {
        if (cells.size() != HEADER.size()) {
            problems.add(new UnitListReader.Problem(line, "", "units.import.cells", cells.size(), HEADER.size()));
            return;
        }
        String level = cells.get(0).strip();
        int before = problems.size();
        if (!level.matches("[12]")) {
            problems.add(new UnitListReader.Problem(line, "level", "successions.import.level", level));
        }
        for (int c : new int[] {1, 2, 4}) {
            if (cells.get(c).isBlank()) {
                problems.add(new UnitListReader.Problem(line, HEADER.get(c), "units.import.empty"));
            }
        }
        if ("2".equals(level) && cells.get(3).isBlank()) {
            problems.add(new UnitListReader.Problem(line, "province_code", "units.import.empty"));
        }
        if (problems.size() == before) {
            rows.add(new Row(line, Integer.parseInt(level), cells.get(1).strip(), cells.get(2).strip(),
                    cells.get(3).strip(), cells.get(4).strip()));
        }
    }

    /** The cells of a CSV line: commas inside double quotes belong to the cell, a doubled quote is a quote. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
