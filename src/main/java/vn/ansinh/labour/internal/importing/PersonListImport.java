package vn.ansinh.labour.internal.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ansinh.households.Sex;
import vn.ansinh.labour.LabourImportResult;
import vn.ansinh.labour.LabourListProblem;
import vn.ansinh.labour.LabourPersons;
import vn.ansinh.labour.Training;
import vn.ansinh.shared.Dates;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.ColumnLimits;
import vn.ansinh.shared.TextKeys;
import vn.ansinh.shared.lists.FileRefused;
import vn.ansinh.shared.lists.ListFiles;
import vn.ansinh.shared.lists.TabularRow;
import vn.ansinh.units.CommuneNames;
import vn.ansinh.units.UnitNameMatcher;
import vn.ansinh.units.Units;

/**
 * Imports a commune's person list for the labour-force baseline — Xã, Họ tên, Giới tính, Ngày sinh,
 * Có việc làm (Có/Không), Trình độ (Chưa qua đào tạo / Có tay nghề chưa có bằng / Có chứng chỉ), Chứng
 * chỉ — checked whole, then written all or nothing.
 */
@Component
public class PersonListImport {

    private static final List<String> HEADERS = List.of("xa", "hoten", "gioitinh", "ngaysinh", "covieclam", "trinhdo",
            "chungchi");

    private final Units units;
    private final LabourPersons persons;
    private final TransactionTemplate transaction;

    private final ColumnLimits limits;

    PersonListImport(Units units, LabourPersons persons, TransactionTemplate transaction, ColumnLimits limits) {
        this.limits = limits;
        this.units = units;
        this.persons = persons;
        this.transaction = transaction;
    }

    public LabourImportResult run(String file, byte[] content, boolean dryRun, AccessScope scope) throws IOException {
        List<TabularRow> rows;
        try {
            rows = rows(content);
        } catch (FileRefused e) {
            return refused(file, dryRun, new LabourListProblem(e.sheet(), e.row(), e.column(), e.code(), e.arguments()));
        }
        List<LabourListProblem> problems = new ArrayList<>();
        List<LabourPersons.Person> read = new ArrayList<>();
        int[] columns = header(rows.isEmpty() ? null : rows.get(0), problems);
        CommuneNames names = new CommuneNames(units.all(), scope::canRead);
        for (TabularRow row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            if (!row.blank() && problems.size() < 1000) {
                person(row, columns, names, scope, problems).ifPresent(read::add);
            }
        }
        if (!problems.isEmpty()) {
            return new LabourImportResult(file, dryRun, java.util.Map.of(), problems, List.of());
        }
        if (!dryRun) {
            transaction.executeWithoutResult(status -> read.forEach(p -> persons.add(p, scope)));
        }
        return new LabourImportResult(file, dryRun, java.util.Map.of(), List.of(), List.of());
    }

    private static LabourImportResult refused(String file, boolean dryRun, LabourListProblem problem) {
        return new LabourImportResult(file, dryRun, java.util.Map.of(), List.of(problem), List.of());
    }

    private static int[] header(TabularRow header, List<LabourListProblem> problems) {
        int[] columns = new int[HEADERS.size()];
        Arrays.fill(columns, -1);
        if (header == null) {
            problems.add(new LabourListProblem(null, 0, "", "householdList.empty", List.of()));
            return columns;
        }
        for (int c = 0; c < header.cells().size(); c++) {
            int index = HEADERS.indexOf(TextKeys.key(header.cell(c)));
            if (index >= 0) {
                columns[index] = c;
            }
        }
        for (int i = 0; i < 6; i++) {
            if (columns[i] < 0) {
                problems.add(new LabourListProblem(header.sheet(), header.number(), "", "householdList.column.missing",
                        List.of(HEADERS.get(i))));
            }
        }
        return columns;
    }

    private Optional<LabourPersons.Person> person(TabularRow row, int[] columns, CommuneNames names,
            AccessScope scope, List<LabourListProblem> problems) {
        int before = problems.size();
        UnitNameMatcher.Match commune = names.find(row.cell(columns[0]).strip());
        if (!commune.found() || !scope.canWrite(commune.unit().id())) {
            problems.add(problem(row, "Xã", commune.found() ? "labour.list.notYours" : "householdList.commune.unknown",
                    row.cell(columns[0]), String.join(", ", commune.suggestions())));
        }
        String name = row.cell(columns[1]).strip();
        if (name.isEmpty()) {
            problems.add(problem(row, "Họ tên", "householdList.required"));
        }
        tooLong(row, columns[1], "Họ tên", "labour_person.full_name", problems);
        tooLong(row, columns[6], "Chứng chỉ", "labour_person.certificate", problems);
        Sex sex = switch (TextKeys.key(row.cell(columns[2]))) {
            case "nam", "m" -> Sex.M;
            case "nu", "f" -> Sex.F;
            default -> null;
        };
        if (sex == null) {
            problems.add(problem(row, "Giới tính", "householdList.sex", row.cell(columns[2])));
        }
        Dates.Reading birth = Dates.read(row.cell(columns[3]));
        if (birth.date() == null) {
            problems.add(problem(row, "Ngày sinh", birth.ok() ? "householdList.required" : birth.problem(),
                    row.cell(columns[3]).strip()));
        }
        Boolean employed = switch (TextKeys.key(row.cell(columns[4]))) {
            case "co", "x", "1" -> true;
            case "khong", "", "0" -> false;
            default -> null;
        };
        if (employed == null) {
            problems.add(problem(row, "Có việc làm", "householdList.flag", row.cell(columns[4])));
        }
        Training training = training(row.cell(columns[5]));
        if (training == null) {
            problems.add(problem(row, "Trình độ", "labour.person.training", row.cell(columns[5])));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        String certificate = columns[6] < 0 ? null : row.cell(columns[6]).strip();
        return Optional.of(new LabourPersons.Person(commune.unit().id(), name, sex, birth.date(), employed, training,
                certificate == null || certificate.isEmpty() ? null : certificate));
    }

    private static Training training(String text) {
        String key = TextKeys.key(text);
        if (key.startsWith("chuaquadaotao") || key.equals("untrained")) {
            return Training.UNTRAINED;
        }
        if (key.startsWith("cotaynghe") || key.equals("skilledwithoutcertificate")) {
            return Training.SKILLED_WITHOUT_CERTIFICATE;
        }
        if (key.startsWith("cochungchi") || key.startsWith("cobang") || key.equals("certified")) {
            return Training.CERTIFIED;
        }
        return null;
    }

    /** A text longer than its column holds: the write would fail, so the dry run says so. */
    private void tooLong(TabularRow row, int column, String header, String stored, List<LabourListProblem> problems) {
        int length = column < 0 ? 0 : row.cell(column).strip().length();
        if (length > limits.length(stored)) {
            problems.add(problem(row, header, "list.cell.tooLong", length, limits.length(stored)));
        }
    }

    private static LabourListProblem problem(TabularRow row, String column, String code, Object... arguments) {
        return new LabourListProblem(row.sheet(), row.number(), column, code, Arrays.asList(arguments));
    }

    /** The rows from the first that is not blank: the header. */
    private static List<TabularRow> rows(byte[] content) throws IOException {
        List<TabularRow> rows = new ArrayList<>();
        try (ListFiles.Rows read = ListFiles.open(content)) {
            read.forEachRemaining(row -> {
                if (!row.blank() || !rows.isEmpty()) {
                    rows.add(row);
                }
            });
        }
        return rows;
    }
}
