package vn.ansinh.relief.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ansinh.households.HouseholdQuery;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.shared.AccessScope;

/** Finds the household of a commune's register by its code, as the form and the list name it. */
@Component
public class RegistryCodes {

    private final HouseholdRegistry registry;

    RegistryCodes(HouseholdRegistry registry) {
        this.registry = registry;
    }

    /** The household of the commune's register of the year bearing the code, as the scope reads it. */
    public Optional<Long> find(long unitId, String code, int year, AccessScope scope) {
        return registry.find(HouseholdQuery.of(List.of(unitId), year).matching(code), 1, 50, scope).households()
                .stream().map(e -> e.household()).filter(h -> h.unitId() == unitId && code.equalsIgnoreCase(h.code()))
                .map(h -> h.id()).findFirst();
    }
}
