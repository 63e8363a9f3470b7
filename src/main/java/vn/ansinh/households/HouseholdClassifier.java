package vn.ansinh.households;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.ClassificationRequest;
import vn.ansinh.poverty.ClassificationResult;
import vn.ansinh.poverty.PovertyRefusal;
import vn.ansinh.poverty.PovertyStandards;
import vn.ansinh.shared.AccessScope;

/**
 * A household of the registry classified on a review date: the standard of that year, the income line of the
 * area its unit has that day. The area written on the household's record counts only where the unit's kind
 * gives none (a household kept under a district in old data): the law decides the area by the unit, so a
 * record cannot override it.
 */
@Service
@Transactional(readOnly = true)
public class HouseholdClassifier {

    private final HouseholdRegistry registry;
    private final HouseholdAreas areas;
    private final PovertyStandards standards;

    HouseholdClassifier(HouseholdRegistry registry, HouseholdAreas areas, PovertyStandards standards) {
        this.registry = registry;
        this.areas = areas;
        this.standards = standards;
    }

    /** Refused with {@link HouseholdNotFoundException} outside the scope, {@link PovertyRefusal} for a wrong request. */
    public Result classify(long householdId, LocalDate day, BigDecimal incomePerPerson, List<String> deprivations,
            AccessScope scope) {
        Household household = registry.byId(householdId, scope).orElseThrow(() -> new HouseholdNotFoundException(householdId));
        if (day == null) {
            throw new PovertyRefusal("date", "household.classify.date.missing");
        }
        Area fromUnit = areas.areaOn(household.unitId(), day).orElse(null);
        Area area = fromUnit != null ? fromUnit : household.area();
        ClassificationResult result = standards.classify(new ClassificationRequest(day.getYear(), area, incomePerPerson,
                deprivations));
        return new Result(household, day, area, fromUnit != null, result);
    }

    /** The classification, with the area applied and whether the unit decided it (or, failing that, the record). */
    public record Result(Household household, LocalDate day, Area area, boolean areaFromUnit, ClassificationResult result) {
    }
}
