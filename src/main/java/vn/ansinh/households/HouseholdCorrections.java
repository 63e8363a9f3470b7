package vn.ansinh.households;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.households.internal.HouseholdStatusStore;
import vn.ansinh.households.internal.HouseholdStore;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;

/**
 * «Sửa hộ»: a household corrected as the user read it — details, members, commune and its classification of
 * a year, in one transaction. A save over someone else's newer one is refused naming them and when, so
 * nothing they changed meanwhile (a member added) is lost silently.
 */
@Service
@Transactional(readOnly = true)
public class HouseholdCorrections {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final ZoneId OFFICE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final HouseholdRegistry registry;
    private final HouseholdStore store;
    private final HouseholdStatusStore statuses;
    private final Clock clock;

    HouseholdCorrections(HouseholdRegistry registry, HouseholdStore store, HouseholdStatusStore statuses, Clock clock) {
        this.registry = registry;
        this.store = store;
        this.statuses = statuses;
        this.clock = clock;
    }

    /** The household's version as the user opens it for a correction. */
    public HouseholdVersion version(long id) {
        return store.version(id).orElseThrow(() -> new HouseholdNotFoundException(id));
    }

    /**
     * Saves the correction of the household read at the version; its status of the year too when one is given
     * and differs. Every problem of the household and of the status is told at once; nothing is written then.
     */
    @Transactional
    public Household correct(long id, int version, Household draft, HouseholdStatus status, String user,
            AccessScope scope) {
        registry.byId(id, scope).filter(h -> scope.canWrite(h.unitId()))
                .orElseThrow(() -> new HouseholdNotFoundException(id));
        if (draft.unitId() != 0 && !scope.canWrite(draft.unitId())) {
            throw new HouseholdNotFoundException(draft.unitId());
        }
        FieldProblems problems = registry.problemsOf(id, draft, status);
        if (!problems.isEmpty()) {
            throw new InvalidHouseholdException(problems);
        }
        int current = store.lockedVersion(id).orElseThrow(() -> new HouseholdNotFoundException(id));
        if (current != version) {
            throw conflict(id);
        }
        Household saved = registry.update(id, draft, scope);
        store.changedBy(id, user, clock.instant());
        if (status != null && !status.equals(statuses.status(id, status.year()).orElse(null))) {
            registry.setStatus(id, status, scope);
        }
        return saved;
    }

    private InvalidHouseholdException conflict(long id) {
        HouseholdVersion newer = version(id);
        String when = newer.changedAt() == null ? "" : WHEN.format(newer.changedAt().atZone(OFFICE));
        return new InvalidHouseholdException(new FieldProblems().add("version", "household.conflict",
                Objects.requireNonNullElse(newer.changedBy(), "?"), when));
    }
}
