package vn.ansinh.poverty;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.poverty.internal.PovertyStandardStore;
import vn.ansinh.poverty.internal.StandardDraftRules;

/**
 * The poverty standards in force over time, and the classification of a household under the one
 * valid in a given year.
 */
@Service
@Transactional(readOnly = true)
public class PovertyStandards {

    private final PovertyStandardStore store;
    private final ApplicationEventPublisher events;

    PovertyStandards(PovertyStandardStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /**
     * Changes a draft standard to what its form says, when all of it is right; an issued standard
     * never changes (reviews were classified by it).
     */
    @Transactional
    public PovertyStandard updateDraft(long id, StandardDraft draft) {
        PovertyStandard current = byId(id).orElseThrow(() -> new PovertyRefusal("id", "poverty.edit.unknown", id));
        if (!current.draft()) {
            throw new PovertyRefusal("id", "poverty.edit.issued", current.name());
        }
        StandardDraftRules rules = new StandardDraftRules();
        PovertyStandard changed = rules.check(current, draft, all())
                .orElseThrow(() -> new InvalidStandardException(rules.problems()));
        store.update(changed);
        events.publishEvent(new PovertyStandardChanged(current, changed));
        return changed;
    }

    /** Oldest first. */
    public List<PovertyStandard> all() {
        return store.all();
    }

    public Optional<PovertyStandard> byId(long id) {
        return all().stream().filter(s -> s.id() == id).findFirst();
    }

    /** The standard in force in the year; of two in force in it, the newer. */
    public Optional<PovertyStandard> forYear(int year) {
        return all().stream().filter(s -> s.covers(year)).max(Comparator.comparing(PovertyStandard::validFrom));
    }

    public ClassificationResult classify(ClassificationRequest request) {
        PovertyStandard standard = standardFor(request.year());
        if (request.area() == null) {
            throw new PovertyRefusal("area", "poverty.area.missing");
        }
        if (standard.threshold(request.area()).isEmpty()) {
            throw new PovertyRefusal("area", "poverty.area.noLines", standard.name(), request.area().name());
        }
        BigDecimal income = request.incomePerPerson();
        if (income == null) {
            throw new PovertyRefusal("incomePerPerson", "poverty.income.missing");
        }
        if (income.signum() < 0) {
            throw new PovertyRefusal("incomePerPerson", "poverty.income.negative", income.toPlainString());
        }
        int deprivations = deprivations(standard, request.deprivations());
        return new ClassificationResult(standard, standard.classify(request.area(), income, deprivations));
    }

    private PovertyStandard standardFor(Integer year) {
        if (year == null) {
            throw new PovertyRefusal("year", "poverty.year.missing");
        }
        return forYear(year).orElseThrow(() -> new PovertyRefusal("year", "poverty.year.uncovered", year,
                all().stream().map(s -> s.validFrom().getYear() + "–" + (s.validTo() == null ? "" : s.validTo().getYear()))
                        .collect(Collectors.joining(", "))));
    }

    /** How many of the standard's indicators are named; an unknown or repeated code is refused. */
    private static int deprivations(PovertyStandard standard, List<String> codes) {
        Set<String> seen = new HashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            if (code == null || standard.indicator(code).isEmpty()) {
                throw new PovertyRefusal("deprivations", "poverty.indicator.unknown", String.valueOf(code),
                        standard.name(), standard.indicators().stream().map(DeprivationIndicator::code)
                                .collect(Collectors.joining(", ")));
            }
            if (!seen.add(code)) {
                throw new PovertyRefusal("deprivations", "poverty.indicator.repeated", code);
            }
        }
        return seen.size();
    }
}
