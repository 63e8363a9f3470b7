package vn.ansinh.privacy;

import java.time.Instant;
import java.util.List;

import vn.ansinh.shared.AccessPurpose;
import vn.ansinh.shared.PersonalDataAction;

/** One entry of the access log: who saw whose personal data unmasked, when, through what and why. */
public record AccessRecord(long id, Instant occurredAt, String actor, PersonalDataAction action, AccessPurpose purpose,
        Long householdId, String householdCode, Long unitId, List<String> citizenIds) {

    public AccessRecord {
        citizenIds = List.copyOf(citizenIds);
    }
}
