package vn.ansinh.labour.web;

import java.time.LocalDate;

import vn.ansinh.households.Sex;
import vn.ansinh.labour.JobPlace;
import vn.ansinh.labour.LabourRecord;
import vn.ansinh.labour.LabourRefusal;
import vn.ansinh.labour.RecordKind;
import vn.ansinh.shared.Dates;
import vn.ansinh.shared.FieldProblems;

/**
 * A labour record as typed in a page form — to record a job placement, or to correct any record — with
 * dates as typed (dd/mm/yyyy), so a day that does not exist is said beside its field and the text kept.
 */
public record LabourRecordForm(Long unit, String fullName, String sex, String birthDate, String date, String place,
        String citizenId, String sector, String employer, String completedOn, String occupation, String level,
        String country, String contractMonths, String note) {

    /** The form of an existing record, its dates written as offices write them. */
    static LabourRecordForm of(LabourRecord r) {
        return new LabourRecordForm(r.unitId(), r.fullName(), r.sex().name(), Dates.shown(r.birthDate()),
                Dates.shown(r.date()), r.place() == null ? null : r.place().name(), r.citizenId(), r.sector(), r.employer(),
                Dates.shown(r.completedOn()), r.occupation(), r.level(), r.country(),
                r.contractMonths() == null ? null : r.contractMonths().toString(), r.note());
    }

    /** An empty job placement form of a commune, dated the day given. */
    static LabourRecordForm job(Long unit, LocalDate day) {
        return new LabourRecordForm(unit, null, null, null, Dates.shown(day), null, null, null, null, null, null, null,
                null, null, null);
    }

    /** The record the form says, of the kind and course given; problems of single fields go into problems. */
    LabourRecord record(RecordKind kind, Long courseId, FieldProblems problems) {
        LocalDate day = date("date", date, problems);
        LocalDate birth = date("birthDate", birthDate, problems);
        LocalDate completed = date("completedOn", completedOn, problems);
        Integer months = months(problems);
        if (text(date) == null) {
            problems.add("date", "catalogue.required");
        }
        if (text(fullName) == null) {
            problems.add("fullName", "catalogue.required");
        }
        Sex readSex = "M".equals(sex) ? Sex.M : "F".equals(sex) ? Sex.F : null;
        if (readSex == null) {
            problems.add("sex", "catalogue.required");
        }
        JobPlace readPlace = java.util.Arrays.stream(JobPlace.values()).filter(p -> p.name().equals(place)).findFirst()
                .orElse(null);
        return new LabourRecord(null, kind, unit == null ? 0 : unit, day, text(fullName), readSex, birth, text(citizenId),
                readPlace, text(sector), text(employer), courseId, completed, text(occupation), text(level), text(country),
                months, text(note));
    }

    /** The field a refusal concerns. */
    static String fieldOf(LabourRefusal refusal) {
        if (refusal.field() != null) {
            return refusal.field();
        }
        return switch (refusal.code()) {
            case "labour.record.place" -> "place";
            case "labour.record.completedBefore" -> "completedOn";
            case "labour.record.occupation" -> "occupation";
            case "labour.record.country" -> "country";
            default -> "fullName";
        };
    }

    private static LocalDate date(String field, String text, FieldProblems problems) {
        Dates.Reading reading = Dates.read(text);
        if (!reading.ok()) {
            problems.add(field, reading.problem(), text.strip());
        }
        return reading.date();
    }

    private Integer months(FieldProblems problems) {
        String text = text(contractMonths);
        if (text == null) {
            return null;
        }
        if (!text.matches("\\d{1,3}")) {
            problems.add("contractMonths", "labour.list.whole", text);
            return null;
        }
        return Integer.valueOf(text);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
