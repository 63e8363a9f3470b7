package vn.ansinh.households.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.validation.BindingResult;

import vn.ansinh.households.HouseholdEnd;
import vn.ansinh.households.HouseholdEndReason;
import vn.ansinh.shared.FieldProblems;

/** A household's end as its form holds it: the day and the reason. */
record HouseholdEndForm(@DateTimeFormat(iso = ISO.DATE) LocalDate endedOn, HouseholdEndReason reason) {

    static HouseholdEndForm of(HouseholdEnd end) {
        return end == null ? new HouseholdEndForm(null, null) : new HouseholdEndForm(end.endedOn(), end.reason());
    }

    /** What the binding could not read (a day that is no day), by field. */
    FieldProblems unreadable(BindingResult binding) {
        return new FieldProblems().unreadable(binding, field -> field, "household.form.unreadable");
    }

    HouseholdEnd end() {
        return new HouseholdEnd(endedOn, reason);
    }
}
