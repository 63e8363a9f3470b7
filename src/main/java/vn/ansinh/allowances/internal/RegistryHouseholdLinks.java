package vn.ansinh.allowances.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdListing;
import vn.ansinh.households.HouseholdQuery;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.shared.AccessScope;

/** Finds a grant's household in the household registry, among the households the user reads. */
@Component
public class RegistryHouseholdLinks {

    private static final int PAGE = 200;

    private final HouseholdRegistry registry;
    private final Clock clock;

    RegistryHouseholdLinks(HouseholdRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    public HouseholdLinks of(AccessScope scope) {
        return new HouseholdLinks() {

            @Override
            public Optional<Long> byCode(long unitId, String code) {
                return RegistryHouseholdLinks.this.byCode(unitId, code, scope);
            }

            @Override
            public Optional<Long> byMember(long unitId, String citizenId) {
                List<Long> found = registry.withMember(citizenId, scope).stream().filter(h -> h.unitId() == unitId)
                        .map(Household::id).toList();
                return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
            }
        };
    }

    /** The registry's search matches codes by part, so its pages are read until the code itself is found. */
    private Optional<Long> byCode(long unitId, String code, AccessScope scope) {
        HouseholdQuery query = HouseholdQuery.of(List.of(unitId), LocalDate.now(clock).getYear()).matching(code);
        for (int page = 1;; page++) {
            HouseholdListing listing = registry.find(query, page, PAGE, scope);
            Optional<Long> found = listing.households().stream().map(HouseholdListing.Entry::household)
                    .filter(h -> h.unitId() == unitId && h.code().equalsIgnoreCase(code)).map(Household::id).findFirst();
            if (found.isPresent() || !listing.paging().hasNext()) {
                return found;
            }
        }
    }
}
