package vn.ansinh.households.internal.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import vn.ansinh.households.Member;
import vn.ansinh.shared.Dates;
import vn.ansinh.shared.lists.TabularRow;

/**
 * Reads a household list — a header row, then one row per member, a household's rows together — into
 * households, checking every cell: the columns it needs, each value, one head per household, the
 * household's details the same on each of its rows, the status by the rules of Biểu 2's groups. Every
 * problem is named by row and column; at most {@link #MAX_PROBLEMS} are kept.
 */
final class HouseholdListReader implements StatusCells.Cells {

    static final int MAX_PROBLEMS = 1000;

    /** A commune named in the list: its unit, or the message key and arguments of why not. */
    record Commune(Long unitId, String problem, List<Object> arguments) {
    }

    private final BiFunction<String, Integer, Commune> communes;
    /** The most characters the database holds of a stored column ("table.column"). */
    private final java.util.function.ToIntFunction<String> lengths;
    private final List<ListProblem> problems = new ArrayList<>();
    private final List<ListProblem> notices = new ArrayList<>();
    private final Map<ListColumn, Integer> columns = new EnumMap<>(ListColumn.class);
    private final Map<ListColumn, String> headers = new EnumMap<>(ListColumn.class);
    private final Map<String, Integer> seen = new HashMap<>();
    private final List<ParsedHousehold> households = new ArrayList<>();
    private int problemCount;
    /** The sheet of the row being read (null for CSV): a household's rows are on one sheet. */
    private String sheet;
    private int memberRows;

    HouseholdListReader(BiFunction<String, Integer, Commune> communes, java.util.function.ToIntFunction<String> lengths) {
        this.communes = communes;
        this.lengths = lengths;
    }

    List<ParsedHousehold> read(Iterator<TabularRow> rows) {
        TabularRow header = firstNonBlank(rows);
        if (header == null) {
            problems(null, 0, "", "householdList.empty");
            return households;
        }
        sheet = header.sheet();
        if (!header(header)) {
            return households;
        }
        ParsedHousehold current = null;
        while (rows.hasNext()) {
            TabularRow row = rows.next();
            if (!row.blank()) {
                sheet = row.sheet();
                current = row(row, current);
            }
        }
        close(current);
        return households;
    }

    List<ListProblem> problems() {
        List<ListProblem> all = new ArrayList<>(problems);
        if (problemCount > MAX_PROBLEMS) {
            all.add(new ListProblem(null, 0, "", "householdList.moreProblems", List.of(problemCount - MAX_PROBLEMS)));
        }
        return all;
    }

    List<ListProblem> notices() {
        return List.copyOf(notices);
    }

    int memberRows() {
        return memberRows;
    }

    private static TabularRow firstNonBlank(Iterator<TabularRow> rows) {
        while (rows.hasNext()) {
            TabularRow row = rows.next();
            if (!row.blank()) {
                return row;
            }
        }
        return null;
    }

    private boolean header(TabularRow header) {
        for (int c = 0; c < header.cells().size(); c++) {
            String text = header.cell(c);
            Optional<ListColumn> column = ListColumn.of(text);
            if (column.isEmpty()) {
                if (!text.isBlank()) {
                    notices.add(new ListProblem(header.sheet(), header.number(), text, "householdList.column.unused",
                            List.of(text)));
                }
            } else if (columns.putIfAbsent(column.get(), c) != null) {
                problem(header.number(), text, "householdList.column.twice", text, headers.get(column.get()));
            } else {
                headers.put(column.get(), text);
            }
        }
        for (ListColumn column : ListColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                problem(header.number(), "", "householdList.column.missing", column.header());
            }
        }
        return problems.isEmpty();
    }

    private ParsedHousehold row(TabularRow row, ParsedHousehold current) {
        memberRows++;
        lengths(row);
        String communeText = cell(row, ListColumn.COMMUNE);
        String code = cell(row, ListColumn.HOUSEHOLD_CODE);
        Commune commune = communeText.isEmpty() ? new Commune(null, "householdList.required", List.of())
                : communes.apply(communeText, ListValues.year(cell(row, ListColumn.YEAR)).orElse(null));
        if (commune.unitId() == null) {
            problem(row, ListColumn.COMMUNE, commune.problem(), commune.arguments().toArray());
            return current;
        }
        if (code.isEmpty()) {
            problem(row, ListColumn.HOUSEHOLD_CODE, "householdList.required");
            return current;
        }
        String key = commune.unitId() + "\u0000" + code;
        ParsedHousehold household = current;
        if (current == null || current.unitId != commune.unitId() || !current.code.equals(code)) {
            close(current);
            Integer first = seen.putIfAbsent(key, row.number());
            if (first != null) {
                problem(row, ListColumn.HOUSEHOLD_CODE, "householdList.household.apart", code, first);
                return null;
            }
            household = new ParsedHousehold(row.number(), commune.unitId(), code);
            households.add(household);
        }
        details(row, household);
        member(row, household);
        return household;
    }

    /** A text longer than its column holds: the write would fail, so the dry run says so. */
    private void lengths(TabularRow row) {
        columns.forEach((column, index) -> {
            String value = row.cell(index).strip();
            if (column.stored() != null && value.length() > lengths.applyAsInt(column.stored())) {
                problem(row, column, "list.cell.tooLong", value.length(), lengths.applyAsInt(column.stored()));
            }
        });
    }

    /** The household's details: set by its first row; a later row that gives one must give the same. */
    private void details(TabularRow row, ParsedHousehold h) {
        boolean first = h.members.isEmpty();
        h.village = same(row, ListColumn.VILLAGE, h.village, first);
        h.address = same(row, ListColumn.ADDRESS, h.address, first);
        h.ethnicity = same(row, ListColumn.ETHNICITY, h.ethnicity, first);
        h.phone = same(row, ListColumn.PHONE, h.phone, first);
        String area = cell(row, ListColumn.AREA);
        if (first || !area.isEmpty()) {
            var parsed = ListValues.area(area);
            if (parsed.isEmpty() && (first || !area.isEmpty())) {
                problem(row, ListColumn.AREA, area.isEmpty() ? "householdList.required" : "householdList.area", area);
            } else if (parsed.isPresent() && h.area != null && h.area != parsed.get()) {
                problem(row, ListColumn.AREA, "householdList.household.differs", h.code);
            } else if (parsed.isPresent()) {
                h.area = parsed.get();
            }
        }
        StatusCells.read(row, h, first, this);
    }

    private String same(TabularRow row, ListColumn column, String before, boolean first) {
        String value = cell(row, column);
        if (first) {
            return value.isEmpty() ? null : value;
        }
        if (!value.isEmpty() && !value.equals(before)) {
            problem(row, column, "householdList.household.differs", cell(row, ListColumn.HOUSEHOLD_CODE));
        }
        return before;
    }

    private void member(TabularRow row, ParsedHousehold h) {
        String name = cell(row, ListColumn.NAME);
        String relation = cell(row, ListColumn.RELATION);
        String sexText = cell(row, ListColumn.SEX);
        var sex = ListValues.sex(sexText);
        if (sex.isEmpty()) {
            problem(row, ListColumn.SEX, sexText.isEmpty() ? "householdList.required" : "householdList.sex", sexText);
        }
        LocalDate birth = null;
        String birthText = cell(row, ListColumn.BIRTH_DATE);
        Dates.Reading reading = Dates.read(birthText);
        if (reading.ok()) {
            birth = reading.date();
        } else {
            problem(row, ListColumn.BIRTH_DATE, reading.problem(), birthText);
        }
        boolean disability = flag(row, ListColumn.DISABILITY);
        boolean insurance = flag(row, ListColumn.HEALTH_INSURANCE);
        String citizenId = cell(row, ListColumn.CITIZEN_ID);
        h.members.add(new ParsedMember(row.number(), new Member(name, sex.orElse(null), birth, relation,
                citizenId.isEmpty() ? null : citizenId.replaceAll("[\\s.]", ""), disability, insurance,
                blankless(cell(row, ListColumn.EDUCATION)), blankless(cell(row, ListColumn.EMPLOYMENT))),
                ListValues.isHead(relation)));
    }

    private boolean flag(TabularRow row, ListColumn column) {
        String text = cell(row, column);
        Optional<Boolean> value = ListValues.flag(text);
        if (value.isEmpty()) {
            problem(row, column, "householdList.flag", text);
        }
        return value.orElse(false);
    }

    /** A household's rows are over: what the registry asks of a household, said where in the list. */
    private void close(ParsedHousehold h) {
        if (h != null) {
            HouseholdChecks.check(h, (row, column, code, arguments) -> problem(row,
                    column == null ? "" : headers.getOrDefault(column, column.header()), code, arguments));
        }
    }

    @Override
    public String cell(TabularRow row, ListColumn column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index).strip();
    }

    @Override
    public void problem(TabularRow row, ListColumn column, String code, Object... arguments) {
        problems(row.sheet(), row.number(), headers.getOrDefault(column, column.header()), code, arguments);
    }

    /** A problem of the header or of a household's rows: on the sheet being read. */
    private void problem(int row, String column, String code, Object... arguments) {
        problems(sheet, row, column, code, arguments);
    }

    private void problems(String sheetName, int row, String column, String code, Object... arguments) {
        problemCount++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new ListProblem(sheetName, row, column == null ? "" : column, code,
                    java.util.Arrays.asList(arguments)));
        }
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
