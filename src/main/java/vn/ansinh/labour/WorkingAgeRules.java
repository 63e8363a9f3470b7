package vn.ansinh.labour;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.households.Sex;

/**
 * Working age by the law of the year. The retirement age that applies is the one of the year in which
 * the person reaches it: a man born in October 1961 is not 60 years 3 months in 2021, and reaches the
 * 60 years 6 months of 2022 in April 2022 (Nghị định 135/2020, Phụ lục I).
 */
@Service
@Transactional(readOnly = true)
public class WorkingAgeRules {

    /** Retirement comes at no age beyond this; the search for it stops there. */
    private static final int MAX_YEARS = 100;

    private final JdbcClient jdbc;

    WorkingAgeRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<WorkingAgeRule> all() {
        return jdbc.sql("""
                select sex, valid_from, valid_to, lower_age_years, retirement_months, rise_months, cap_months, legal_basis
                from working_age_rule order by sex, valid_from nulls first""")
                .query((rs, n) -> new WorkingAgeRule(Sex.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                        rs.getString(8)))
                .list();
    }

    public WorkingAge on(Sex sex, LocalDate birthDate, LocalDate day) {
        return on(all(), sex, birthDate, day);
    }

    /** The rules read once, for deciding many people's working age. */
    public Calculator calculator() {
        List<WorkingAgeRule> rules = all();
        return (sex, birthDate, day) -> on(rules, sex, birthDate, day);
    }

    /** Working age by rules read once. */
    @FunctionalInterface
    public interface Calculator {

        WorkingAge on(Sex sex, LocalDate birthDate, LocalDate day);
    }

    private static WorkingAge on(List<WorkingAgeRule> all, Sex sex, LocalDate birthDate, LocalDate day) {
        List<WorkingAgeRule> rules = all.stream().filter(r -> r.sex() == sex).toList();
        YearMonth born = YearMonth.from(birthDate);
        for (int year = birthDate.getYear(); year <= birthDate.getYear() + MAX_YEARS; year++) {
            WorkingAgeRule rule = ruleOf(rules, year);
            int months = rule.retirementMonthsIn(year);
            YearMonth reached = born.plusMonths(months);
            if (reached.getYear() == year) {
                LocalDate from = birthDate.plusYears(rule.lowerAgeYears());
                LocalDate lastDay = reached.atEndOfMonth();
                boolean working = !day.isBefore(from) && !day.isAfter(lastDay);
                return new WorkingAge(working, from, lastDay, months / 12, months % 12, rule.legalBasis());
            }
        }
        throw new IllegalStateException("no retirement year for " + sex + " born " + birthDate);
    }

    private static WorkingAgeRule ruleOf(List<WorkingAgeRule> rules, int year) {
        return rules.stream().filter(r -> r.covers(year)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no working age rule covers " + year));
    }
}
