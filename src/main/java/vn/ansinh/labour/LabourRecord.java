package vn.ansinh.labour;

import java.time.LocalDate;

import vn.ansinh.households.Sex;

/**
 * A person's labour record in a commune on a date, with what its kind needs: a job's place, sector and
 * employer; a trainee's course and completion; a certificate's occupation and level; a departure's
 * country, company (employer) and contract length. citizenId is personal data.
 */
public record LabourRecord(Long id, RecordKind kind, long unitId, LocalDate date, String fullName, Sex sex,
        LocalDate birthDate, String citizenId, JobPlace place, String sector, String employer, Long courseId,
        LocalDate completedOn, String occupation, String level, String country, Integer contractMonths, String note) {

    /** The message key of what is missing for the kind, or null: a job needs its place, a trainee a course, … */
    public String problem() {
        if (kind == null || date == null || fullName == null || fullName.isBlank() || sex == null) {
            return "labour.record.incomplete";
        }
        return switch (kind) {
            case JOB_PLACEMENT -> place == null ? "labour.record.place" : null;
            case TRAINEE -> courseId == null ? "labour.record.course" : completedOn != null && completedOn.isBefore(date)
                    ? "labour.record.completedBefore" : null;
            case CERTIFICATE -> occupation == null || occupation.isBlank() ? "labour.record.occupation" : null;
            case EXPORT_DEPARTURE -> country == null || country.isBlank() ? "labour.record.country" : null;
            default -> null;
        };
    }

    public LabourRecord masked() {
        return new LabourRecord(id, kind, unitId, date, fullName, sex, birthDate,
                vn.ansinh.shared.PersonalData.mask(citizenId), place, sector, employer, courseId, completedOn, occupation,
                level, country, contractMonths, note);
    }
}
