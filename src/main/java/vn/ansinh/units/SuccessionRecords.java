package vn.ansinh.units;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.units.internal.SuccessionRecordStore;

/**
 * The successions as recorded, each step with its legal basis, for modules whose records follow units (the
 * organisations of a merged commune continue in its successor under the same succession record).
 */
@Service
@Transactional(readOnly = true)
public class SuccessionRecords {

    private final SuccessionRecordStore store;

    SuccessionRecords(SuccessionRecordStore store) {
        this.store = store;
    }

    /** The steps into a unit, in the order recorded. */
    public List<SuccessionRecord> into(long successorId) {
        return store.into(successorId);
    }

    /** The steps out of a unit, in the order recorded. */
    public List<SuccessionRecord> outOf(long predecessorId) {
        return store.outOf(predecessorId);
    }

    /** Every step that took effect on the day (a list imported with that day). */
    public List<SuccessionRecord> effectiveOn(LocalDate day) {
        return store.effectiveOn(day);
    }
}
