package vn.ansinh.responsibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import vn.ansinh.shared.Domain;

/**
 * What a department was responsible for during a programme's year: an indicator is its part when the department
 * had it (its own row, or its domain's row with no row of its own) on some day of the year. department null: no
 * cut, every indicator is kept.
 */
public record DepartmentCut(Department department, int year, List<Responsibility> rows) {

    /** Whether the indicator — of the domain, with the code — belongs to the cut. */
    public boolean keeps(Domain domain, String indicatorCode) {
        if (department == null) {
            return true;
        }
        return turningDays().stream().map(day -> departmentOf(rows, domain, indicatorCode, day))
                .anyMatch(d -> d.filter(found -> found.code().equals(department.code())).isPresent());
    }

    /** The department of the indicator on a day: its own row first, then its domain's. */
    static Optional<Department> departmentOf(List<Responsibility> rows, Domain domain, String indicatorCode, LocalDate day) {
        List<Responsibility> valid = rows.stream().filter(r -> r.domain() == domain && r.covers(day)).toList();
        return valid.stream().filter(r -> indicatorCode != null && indicatorCode.equals(r.indicatorCode())).findFirst()
                .or(() -> valid.stream().filter(r -> r.indicatorCode() == null).findFirst())
                .map(Responsibility::department);
    }

    /** The first day of the year and every day in it on which some row begins or the one after a row ends. */
    private TreeSet<LocalDate> turningDays() {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        TreeSet<LocalDate> days = new TreeSet<>(List.of(first));
        for (Responsibility r : rows) {
            if (r.validFrom() != null && r.validFrom().isAfter(first) && !r.validFrom().isAfter(last)) {
                days.add(r.validFrom());
            }
            if (r.validTo() != null && !r.validTo().isBefore(first) && r.validTo().isBefore(last)) {
                days.add(r.validTo().plusDays(1));
            }
        }
        return days;
    }
}
