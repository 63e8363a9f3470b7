package vn.ansinh.planning.web;

import org.springframework.validation.BindingResult;

import vn.ansinh.planning.StartWay;
import vn.ansinh.shared.FieldProblems;

/** «Lập chương trình»: the unit, the year and how to start; checked once, each problem beside its field. */
record ProgrammeStartForm(Long unitId, Integer year, StartWay way) {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    static ProgrammeStartForm empty(int year) {
        return new ProgrammeStartForm(null, year, StartWay.TEMPLATE);
    }

    /** What binding could not read (a year in letters), then what is missing or out of range. */
    FieldProblems problems(BindingResult binding) {
        FieldProblems problems = new FieldProblems().unreadable(binding, field -> field, "programmeStart.unreadable");
        problems.required("unitId", unitId).required("year", year).required("way", way);
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            problems.add("year", "programmeStart.yearRange", FIRST_YEAR + "–" + LAST_YEAR);
        }
        return problems;
    }
}
