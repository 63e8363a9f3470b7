package vn.ansinh.targets;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.targets.internal.FigureVersionStore;

/**
 * Which version of a unit's input figures of a year a form or API client read, and the check that a write
 * is made over that version: the check locks the version until the writing transaction ends, so of two
 * writers who read the same version the second waits, then is refused naming the first (no lost update).
 * {@link FigureEditor} counts every change, whoever makes it (forms, apportionment, imports).
 */
@Service
@Transactional(readOnly = true)
public class FigureVersions {

    private final FigureVersionStore store;

    FigureVersions(FigureVersionStore store) {
        this.store = store;
    }

    public FigureVersion of(long unitId, int year) {
        return store.find(unitId, year).orElse(FigureVersion.none(unitId, year));
    }

    /** The versions of several units added up: it grows whenever the figures of any of them change. */
    public long token(Collection<Long> unitIds, int year) {
        return unitIds.stream().distinct().mapToLong(unit -> of(unit, year).number()).sum();
    }

    /** Refuses figures of the unit read at version read that have changed since; locks nothing, as a read. */
    public void check(long unitId, int year, int read) {
        refuseUnless(List.of(of(unitId, year)), read);
    }

    /** Refuses, before anything is written, a write over figures changed since they were read at version read. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void require(long unitId, int year, int read) {
        requireToken(List.of(unitId), year, read);
    }

    /**
     * As {@link #require} for several units read together at {@link #token}; locked in unit order, so two
     * such writers never wait for each other. A refusal names the last of them to change. A write already
     * stale is refused before anything is locked.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requireToken(Collection<Long> unitIds, int year, long read) {
        List<Long> units = unitIds.stream().distinct().sorted().toList();
        refuseUnless(units.stream().map(unit -> of(unit, year)).toList(), read);
        refuseUnless(units.stream().map(unit -> store.locked(unit, year)).toList(), read);
    }

    private static void refuseUnless(List<FigureVersion> current, long read) {
        if (current.stream().mapToLong(FigureVersion::number).sum() != read) {
            throw new FigureConflictException(current.stream().filter(v -> v.changedAt() != null)
                    .max(Comparator.comparing(FigureVersion::changedAt)).orElse(current.get(0)));
        }
    }
}
