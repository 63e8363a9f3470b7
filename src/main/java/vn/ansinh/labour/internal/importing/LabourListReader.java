package vn.ansinh.labour.internal.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import vn.ansinh.households.Sex;
import vn.ansinh.labour.JobPlace;
import vn.ansinh.labour.LabourListProblem;
import vn.ansinh.labour.LabourRecord;
import vn.ansinh.labour.LabourRefusal;
import vn.ansinh.labour.RecordKind;
import vn.ansinh.shared.Dates;
import vn.ansinh.shared.TextKeys;
import vn.ansinh.shared.lists.TabularRow;

/**
 * Reads a labour record list — a header, then a record a row — checking every cell and what each kind
 * of record needs; problems by row and column, at most {@link #MAX_PROBLEMS}.
 */
final class LabourListReader {

    static final int MAX_PROBLEMS = 1000;

    /** A commune named in the list: its id, or why not (message key and arguments). */
    record Commune(Long unitId, String problem, List<Object> arguments) {
    }

    private final BiFunction<String, Integer, Commune> communes;
    /** The most characters the database holds of a stored column (\"table.column\"). */
    private final java.util.function.ToIntFunction<String> lengths;
    private final Function<LabourRecord, Optional<LabourRefusal>> rules;
    private final RecordKind defaultKind;
    private final Map<RecordColumn, Integer> columns = new EnumMap<>(RecordColumn.class);
    private final Map<RecordColumn, String> headers = new EnumMap<>(RecordColumn.class);
    private final List<LabourListProblem> problems = new ArrayList<>();
    private final List<LabourListProblem> notices = new ArrayList<>();
    private int problemCount;

    LabourListReader(BiFunction<String, Integer, Commune> communes, Function<LabourRecord, Optional<LabourRefusal>> rules,
            RecordKind defaultKind, java.util.function.ToIntFunction<String> lengths) {
        this.lengths = lengths;
        this.communes = communes;
        this.rules = rules;
        this.defaultKind = defaultKind;
    }

    List<LabourRecord> read(Iterator<TabularRow> rows) {
        List<LabourRecord> records = new ArrayList<>();
        TabularRow header = null;
        while (rows.hasNext() && header == null) {
            TabularRow row = rows.next();
            header = row.blank() ? null : row;
        }
        if (header == null) {
            problem(null, 0, "", "householdList.empty");
            return records;
        }
        if (!header(header)) {
            return records;
        }
        while (rows.hasNext()) {
            TabularRow row = rows.next();
            if (!row.blank()) {
                record(row).ifPresent(records::add);
            }
        }
        return records;
    }

    List<LabourListProblem> problems() {
        List<LabourListProblem> all = new ArrayList<>(problems);
        if (problemCount > MAX_PROBLEMS) {
            all.add(new LabourListProblem(null, 0, "", "householdList.moreProblems", List.of(problemCount - MAX_PROBLEMS)));
        }
        return all;
    }

    List<LabourListProblem> notices() {
        return List.copyOf(notices);
    }

    private boolean header(TabularRow header) {
        for (int c = 0; c < header.cells().size(); c++) {
            String text = header.cell(c);
            Optional<RecordColumn> column = RecordColumn.of(text);
            if (column.isEmpty()) {
                if (!text.isBlank()) {
                    notices.add(new LabourListProblem(header.sheet(), header.number(), text, "householdList.column.unused",
                            List.of(text)));
                }
            } else if (columns.putIfAbsent(column.get(), c) != null) {
                problem(header.sheet(), header.number(), text, "householdList.column.twice", text, headers.get(column.get()));
            } else {
                headers.put(column.get(), text);
            }
        }
        for (RecordColumn column : RecordColumn.values()) {
            boolean needed = column.required() || (column == RecordColumn.KIND && defaultKind == null);
            if (needed && !columns.containsKey(column)) {
                problem(header.sheet(), header.number(), "", "householdList.column.missing", column.header());
            }
        }
        return problems.isEmpty();
    }

    private Optional<LabourRecord> record(TabularRow row) {
        int before = problemCount;
        lengths(row);
        RecordKind kind = choice(row, RecordColumn.KIND, RecordValues::kind, "labour.list.kind", defaultKind);
        LocalDate date = date(row, RecordColumn.DATE, true);
        Long unit = commune(row, date);
        String name = cell(row, RecordColumn.NAME);
        Sex sex = choice(row, RecordColumn.SEX, RecordValuesSex::of, "householdList.sex", null);
        LocalDate birth = date(row, RecordColumn.BIRTH_DATE, false);
        JobPlace place = choice(row, RecordColumn.PLACE, RecordValues::place, "labour.list.place", null);
        Long course = whole(row, RecordColumn.COURSE);
        LocalDate completed = date(row, RecordColumn.COMPLETED, false);
        Long months = whole(row, RecordColumn.CONTRACT);
        if (problemCount > before || unit == null || kind == null || sex == null) {
            if (name.isEmpty()) {
                problem(row, RecordColumn.NAME, "householdList.required");
            }
            return Optional.empty();
        }
        LabourRecord record = new LabourRecord(null, kind, unit, date, name, sex, birth, blankless(cell(row, RecordColumn.CITIZEN_ID)),
                place, blankless(cell(row, RecordColumn.SECTOR)), blankless(cell(row, RecordColumn.EMPLOYER)), course,
                completed, blankless(cell(row, RecordColumn.OCCUPATION)), blankless(cell(row, RecordColumn.LEVEL)),
                blankless(cell(row, RecordColumn.COUNTRY)), months == null ? null : months.intValue(),
                blankless(cell(row, RecordColumn.NOTE)));
        String problem = record.problem();
        if (problem != null) {
            problem(row, columnOf(problem), problem);
            return Optional.empty();
        }
        Optional<LabourRefusal> refusal = rules.apply(record);
        refusal.ifPresent(r -> problem(row, "birthDate".equals(r.field()) ? RecordColumn.BIRTH_DATE : RecordColumn.DATE,
                r.code(), r.arguments().toArray()));
        return refusal.isPresent() ? Optional.empty() : Optional.of(record);
    }

    /** The commune named, in force in the record's year where its date is known. */
    private Long commune(TabularRow row, LocalDate date) {
        String text = cell(row, RecordColumn.COMMUNE);
        Commune commune = text.isEmpty() ? new Commune(null, "householdList.required", List.of())
                : communes.apply(text, date == null ? null : date.getYear());
        if (commune.unitId() == null) {
            problem(row, RecordColumn.COMMUNE, commune.problem(), commune.arguments().toArray());
        }
        return commune.unitId();
    }

    private <T> T choice(TabularRow row, RecordColumn column, Function<String, Optional<T>> parse, String problem, T absent) {
        String text = cell(row, column);
        if (text.isEmpty()) {
            if (absent == null && column.required()) {
                problem(row, column, "householdList.required");
            }
            return absent;
        }
        Optional<T> value = parse.apply(text);
        if (value.isEmpty()) {
            problem(row, column, problem, text);
        }
        return value.orElse(null);
    }

    private LocalDate date(TabularRow row, RecordColumn column, boolean required) {
        String text = cell(row, column);
        if (text.isEmpty()) {
            if (required) {
                problem(row, column, "householdList.required");
            }
            return null;
        }
        Dates.Reading reading = Dates.read(text);
        if (!reading.ok()) {
            problem(row, column, reading.problem(), text);
        }
        return reading.date();
    }

    private Long whole(TabularRow row, RecordColumn column) {
        String text = cell(row, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            problem(row, column, "labour.list.whole", text);
            return null;
        }
    }

    private static RecordColumn columnOf(String problem) {
        return switch (problem) {
            case "labour.record.place" -> RecordColumn.PLACE;
            case "labour.record.course" -> RecordColumn.COURSE;
            case "labour.record.completedBefore" -> RecordColumn.COMPLETED;
            case "labour.record.occupation" -> RecordColumn.OCCUPATION;
            case "labour.record.country" -> RecordColumn.COUNTRY;
            default -> RecordColumn.NAME;
        };
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

    private String cell(TabularRow row, RecordColumn column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index).strip();
    }

    private void problem(TabularRow row, RecordColumn column, String code, Object... arguments) {
        problem(row.sheet(), row.number(), headers.getOrDefault(column, column.header()), code, arguments);
    }

    private void problem(String sheet, int row, String column, String code, Object... arguments) {
        problemCount++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new LabourListProblem(sheet, row, column, code, Arrays.asList(arguments)));
        }
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Sex as lists write it. */
    private static final class RecordValuesSex {

        static Optional<Sex> of(String text) {
            return switch (TextKeys.key(text)) {
                case "nam", "m", "male" -> Optional.of(Sex.M);
                case "nu", "f", "female" -> Optional.of(Sex.F);
                default -> Optional.empty();
            };
        }
    }
}
