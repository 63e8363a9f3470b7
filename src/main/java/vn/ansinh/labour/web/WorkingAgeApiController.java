package vn.ansinh.labour.web;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.households.Sex;
import vn.ansinh.labour.WorkingAge;
import vn.ansinh.labour.WorkingAgeRules;

/** Working age by the law of the year: whether a person is of working age on a day, and until when. */
@RestController
@Tag(name = "Labour", description = "Working age, job placements, training and labour export")
class WorkingAgeApiController {

    private final WorkingAgeRules rules;
    private final MessageSource messages;

    WorkingAgeApiController(WorkingAgeRules rules, MessageSource messages) {
        this.rules = rules;
        this.messages = messages;
    }

    /** retirementAge: the age that applies to the person (the one of the year they reach it). */
    record WorkingAgeJson(boolean workingAge, LocalDate from, LocalDate until, int retirementAgeYears,
            int retirementAgeMonths, String retirementAge, String legalBasis) {
    }

    @GetMapping("/api/v1/labour/working-age")
    @Operation(summary = "Whether a person (sex M or F, birth date) is of working age on a day, the retirement age "
            + "that applies to them and the last day of their working age")
    WorkingAgeJson workingAge(@RequestParam Sex sex, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Locale locale) {
        WorkingAge age = rules.on(sex, birthDate, on);
        String text = messages.getMessage(age.retirementExtraMonths() == 0 ? "labour.age.years" : "labour.age.yearsMonths",
                new Object[] {age.retirementYears(), age.retirementExtraMonths()}, locale);
        return new WorkingAgeJson(age.workingAge(), age.from(), age.lastDay(), age.retirementYears(),
                age.retirementExtraMonths(), text, age.legalBasis());
    }
}
