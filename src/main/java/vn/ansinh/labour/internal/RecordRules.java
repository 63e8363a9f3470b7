package vn.ansinh.labour.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ansinh.labour.LabourRecord;
import vn.ansinh.labour.LabourRefusal;
import vn.ansinh.labour.WorkingAge;
import vn.ansinh.labour.WorkingAgeRules;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.Dates;
import vn.ansinh.units.UnitNames;
import vn.ansinh.units.Units;

/**
 * What a labour record must be true to, whichever way it comes (page, list, API): it happened — not
 * after today — to a person of working age on that day, and in the year of a programme that covers its
 * commune: the programme it is recorded in, or, from a list or the API, any.
 */
@Component
public class RecordRules {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock clock;
    private final WorkingAgeRules workingAge;
    private final Programmes programmes;
    private final Units units;
    private final UnitNames unitNames;

    RecordRules(Clock clock, WorkingAgeRules workingAge, Programmes programmes, Units units, UnitNames unitNames) {
        this.clock = clock;
        this.workingAge = workingAge;
        this.programmes = programmes;
        this.units = units;
        this.unitNames = unitNames;
    }

    /** Why the record cannot be taken, or empty; programmeYear null when no programme is meant. */
    public Optional<LabourRefusal> refusal(LabourRecord r, Integer programmeYear) {
        LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
        if (r.date().isAfter(today)) {
            return Optional.of(LabourRefusal.of("date", "labour.record.future", Dates.shown(r.date()), Dates.shown(today)));
        }
        if (r.birthDate() != null && r.birthDate().isAfter(today)) {
            return Optional.of(LabourRefusal.of("birthDate", "labour.record.bornFuture", Dates.shown(r.birthDate())));
        }
        return age(r).or(() -> year(r, programmeYear));
    }

    private Optional<LabourRefusal> age(LabourRecord r) {
        if (r.birthDate() == null || r.birthDate().isAfter(r.date())) {
            return r.birthDate() == null ? Optional.empty()
                    : Optional.of(LabourRefusal.of("birthDate", "labour.record.bornAfter", Dates.shown(r.birthDate())));
        }
        WorkingAge age = workingAge.on(r.sex(), r.birthDate(), r.date());
        if (age.workingAge()) {
            return Optional.empty();
        }
        int years = Period.between(r.birthDate(), r.date()).getYears();
        return Optional.of(r.date().isBefore(age.from())
                ? LabourRefusal.of("birthDate", "labour.record.tooYoung", years, Dates.shown(r.date()), Dates.shown(age.from()))
                : LabourRefusal.of("birthDate", "labour.record.tooOld", years, Dates.shown(r.date()), Dates.shown(age.lastDay())));
    }

    private Optional<LabourRefusal> year(LabourRecord r, Integer programmeYear) {
        int year = r.date().getYear();
        if (programmeYear != null && programmeYear == year) {
            return Optional.empty();
        }
        Optional<Programme> covering = programmes.covering(r.unitId(), year);
        if (programmeYear == null && covering.isPresent()) {
            return Optional.empty();
        }
        return Optional.of(covering.map(p -> LabourRefusal.of("date", "labour.record.otherProgramme", Dates.shown(r.date()),
                String.valueOf(year), units.byId(p.coordinatingUnitId()).map(u -> unitNames.of(u, u.name())).orElse("")))
                .orElseGet(() -> LabourRefusal.of("date", "labour.record.noProgramme", Dates.shown(r.date()),
                        String.valueOf(year))));
    }
}
