package vn.ansinh.privacy;

import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.SupportLog;
import vn.ansinh.labour.LabourRecords;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/**
 * A data subject's request (Law 91/2025, the right to know and to a copy): everything held about one citizen ID,
 * gathered from the modules that hold it, within the caller's scope.
 */
@Service
public class Subjects {

    private final HouseholdRegistry registry;
    private final SupportLog support;
    private final LabourRecords labour;
    private final Units units;

    Subjects(HouseholdRegistry registry, SupportLog support, LabourRecords labour, Units units) {
        this.registry = registry;
        this.support = support;
        this.labour = labour;
        this.units = units;
    }

    /** A citizen ID as typed, dots and spaces dropped; empty when it is not 9 to 12 digits. */
    public static Optional<String> citizenId(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s.]", "");
        return digits.matches("\\d{9,12}") ? Optional.of(digits) : Optional.empty();
    }

    public SubjectData of(String citizenId, AccessScope scope) {
        return new SubjectData(citizenId, registry.withMember(citizenId, scope).stream()
                .map(h -> held(h, scope)).toList(), labour.ofCitizen(citizenId, scope));
    }

    private SubjectData.HeldHousehold held(Household household, AccessScope scope) {
        String commune = units.byId(household.unitId()).map(AdministrativeUnit::name).orElse("");
        return new SubjectData.HeldHousehold(household, commune, registry.history(household.id(), scope),
                support.of(household.id(), scope));
    }
}
