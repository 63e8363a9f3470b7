package vn.ansinh.children.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.ansinh.children.CriteriaSet;
import vn.ansinh.children.CriteriaSetDraft;
import vn.ansinh.children.Criterion;
import vn.ansinh.shared.Dates;
import vn.ansinh.shared.FieldProblems;

/**
 * Checks a later criteria set: a day it takes effect after the day the latest set took effect (that one ends the day
 * before), its legal basis, and at least one criterion, one a line as «code | tên | name», codes distinct.
 */
public final class CriteriaSetRules {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,20}");
    private static final int NAME_LENGTH = 300;

    private final FieldProblems problems = new FieldProblems();

    public FieldProblems problems() {
        return problems;
    }

    /** The set to add (id 0, open-ended, entered on the day given), when all of the draft is right. */
    public Optional<CriteriaSet> check(CriteriaSetDraft d, Optional<CriteriaSet> latest, LocalDate today) {
        LocalDate from = validFrom(d.validFrom(), latest);
        problems.text("legalBasis", d.legalBasis(), 300);
        List<Criterion> criteria = criteria(d.criteria());
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CriteriaSet(0, from, null, d.legalBasis().strip(), today, criteria));
    }

    private LocalDate validFrom(String text, Optional<CriteriaSet> latest) {
        Dates.Reading reading = Dates.read(text);
        if (!reading.ok()) {
            problems.add("validFrom", reading.problem(), text);
        } else if (reading.date() == null) {
            problems.add("validFrom", "catalogue.required");
        } else {
            latest.filter(s -> !s.validFrom().isBefore(reading.date())).ifPresent(s -> problems.add("validFrom",
                    "childCriteria.notAfterLatest", Dates.shown(s.validFrom())));
        }
        return reading.date();
    }

    private List<Criterion> criteria(String text) {
        List<Criterion> criteria = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            boolean named = parts.length == 3 && !parts[1].isBlank() && !parts[2].isBlank()
                    && parts[1].strip().length() <= NAME_LENGTH && parts[2].strip().length() <= NAME_LENGTH;
            if (!named || !CODE.matcher(parts[0].strip()).matches() || !codes.add(parts[0].strip())) {
                problems.add("criteria", "childCriteria.line.invalid", line.strip());
                return List.of();
            }
            criteria.add(new Criterion(parts[0].strip(), parts[1].strip(), parts[2].strip()));
        }
        if (criteria.isEmpty()) {
            problems.add("criteria", "catalogue.required");
        }
        return criteria;
    }
}
