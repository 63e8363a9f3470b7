package vn.ansinh.units.internal;

import java.util.HashSet;
import java.util.Map;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.SuccessionDraft;
import vn.ansinh.units.SuccessionKind;

/**
 * What a succession must be to be recorded: its units there, the successor valid on the day and every predecessor
 * the day before, none of them the successor; a merge of two or more, a split or a continuation of one; a legal
 * basis for a merge or a split (the resolution that made it).
 */
public final class SuccessionRules {

    private static final int BASIS_LENGTH = 200;

    private SuccessionRules() {
    }

    public static FieldProblems check(SuccessionDraft draft, Map<Long, AdministrativeUnit> units) {
        FieldProblems problems = new FieldProblems();
        if (draft.effectiveOn() == null) {
            problems.add("effectiveOn", "units.succession.effective.missing");
        }
        if (draft.kind() == null) {
            problems.add("kind", "units.succession.kind.missing");
        }
        AdministrativeUnit successor = draft.successorId() == null ? null : units.get(draft.successorId());
        if (successor == null) {
            problems.add("successor", "units.succession.successor.missing");
        } else if (draft.effectiveOn() != null && !successor.validOn(draft.effectiveOn())) {
            problems.add("successor", "units.succession.successor.notValid", successor.name());
        }
        predecessors(draft, units, problems);
        basis(draft, problems);
        return problems;
    }

    private static void predecessors(SuccessionDraft draft, Map<Long, AdministrativeUnit> units, FieldProblems problems) {
        int needed = draft.kind() == SuccessionKind.MERGED ? 2 : 1;
        boolean exact = draft.kind() != SuccessionKind.MERGED;
        int given = new HashSet<>(draft.predecessorIds()).size();
        if (given < needed || exact && given > 1) {
            problems.add("predecessors", exact ? "units.succession.one" : "units.succession.merge.count");
            return;
        }
        for (Long id : draft.predecessorIds()) {
            AdministrativeUnit unit = units.get(id);
            if (unit == null || id.equals(draft.successorId())) {
                problems.add("predecessors", "units.succession.predecessor.missing");
            } else if (draft.effectiveOn() != null && !unit.validOn(draft.effectiveOn().minusDays(1))) {
                problems.add("predecessors", "units.succession.predecessor.notValid", unit.name());
            }
        }
    }

    private static void basis(SuccessionDraft draft, FieldProblems problems) {
        String basis = draft.legalBasis() == null ? "" : draft.legalBasis().strip();
        if (basis.isEmpty() && draft.kind() != SuccessionKind.CONTINUED) {
            problems.add("legalBasis", "units.succession.basis.missing");
        } else if (basis.length() > BASIS_LENGTH) {
            problems.add("legalBasis", "units.succession.basis.long", BASIS_LENGTH);
        }
    }
}
