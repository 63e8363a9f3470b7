package vn.ansinh.households.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.validation.BindingResult;

import vn.ansinh.households.Support;
import vn.ansinh.households.SupportKind;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.VietnameseNumbers;

/** A support entry as its form holds it: amounts as typed (1.250.000), read when saved. */
record SupportForm(SupportKind kind, String quantity, String quantityUnit, String value,
        @DateTimeFormat(iso = ISO.DATE) LocalDate date, Long organisation, String note) {

    static SupportForm of(Support s) {
        return new SupportForm(s.kind(), plain(s.quantity()), s.quantityUnit(), plain(s.value()), s.date(),
                s.organisationId(), s.note());
    }

    /** Amounts that are no numbers and what the binding could not read (a date that is no date), by field. */
    FieldProblems unreadable(BindingResult binding) {
        FieldProblems problems = new FieldProblems().unreadable(binding, field -> field, "household.form.unreadable");
        if (blank(quantity) != null && VietnameseNumbers.parse(quantity).isEmpty()) {
            problems.add("quantity", "poverty.income.notNumber", quantity);
        }
        if (blank(value) != null && VietnameseNumbers.parse(value).isEmpty()) {
            problems.add("value", "poverty.income.notNumber", value);
        }
        return problems;
    }

    /** The entry of the household the form describes; amounts readable (see unreadable), blanks as none. */
    Support support(long householdId) {
        return new Support(null, householdId, kind, amount(quantity), blank(quantityUnit), amount(value), date,
                organisation, blank(note));
    }

    private static BigDecimal amount(String text) {
        return blank(text) == null ? null : VietnameseNumbers.parse(text).orElse(null);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : VietnameseNumbers.formatAmount(amount);
    }
}
