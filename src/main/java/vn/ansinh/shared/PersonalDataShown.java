package vn.ansinh.shared;

import java.util.List;

/**
 * Personal data was shown unmasked: who saw it, what showed it, why, and whose it was — a household (id and
 * code), the citizen IDs shown, or for a list export the unit it covers. Published by the module that showed it;
 * the privacy module keeps it in the access log.
 */
public record PersonalDataShown(String username, PersonalDataAction action, AccessPurpose purpose, Long householdId,
        String householdCode, Long unitId, List<String> citizenIds) {

    public PersonalDataShown {
        citizenIds = citizenIds == null ? List.of()
                : citizenIds.stream().filter(id -> id != null && !id.isBlank()).map(String::strip).distinct().toList();
    }
}
