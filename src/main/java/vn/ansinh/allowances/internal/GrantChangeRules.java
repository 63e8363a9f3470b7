package vn.ansinh.allowances.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

import vn.ansinh.allowances.Grant;
import vn.ansinh.allowances.GrantAmendment;
import vn.ansinh.allowances.GrantChange;
import vn.ansinh.shared.FieldProblems;

/**
 * Checks changing a grant by a new decision: a grant of a commune the user writes, a month from its first to its
 * last with no change yet, a coefficient as {@link GrantRules} takes one, a decision, and something that changes
 * (a coefficient or decision other than those in force that month).
 */
public final class GrantChangeRules {

    private final GrantRules values = new GrantRules();
    private final FieldProblems problems = new FieldProblems();

    public FieldProblems problems() {
        return problems;
    }

    /** The change, when all is right; grant: the one named, null when there is none the user writes. */
    public Optional<GrantChange> check(GrantAmendment a, Grant grant) {
        if (grant == null) {
            problems.add("grantId", a.grantId() == null ? "catalogue.required" : "grant.unit.notYours");
        }
        YearMonth from = values.month("changeFrom", a.changeFrom()).orElse(null);
        BigDecimal coefficient = values.coefficient("newCoefficient", a.newCoefficient());
        problems.addAll(values.problems()).text("newDecision", a.newDecision(), 200);
        if (grant == null || from == null || !inMonths(grant, from)) {
            return Optional.empty();
        }
        Grant then = grant.asIn(from);
        if (coefficient != null && problems.isEmpty() && coefficient.compareTo(then.coefficient()) == 0
                && a.newDecision().strip().equals(then.decision())) {
            problems.add("newCoefficient", "grant.change.same", then.decision());
        }
        return problems.isEmpty() ? Optional.of(new GrantChange(from, then.coefficient(), coefficient,
                then.decision(), a.newDecision().strip())) : Optional.empty();
    }

    /** Whether the month is one of the grant's with no change yet; a problem beside the month if not. */
    private boolean inMonths(Grant grant, YearMonth from) {
        if (from.isBefore(grant.firstMonth())) {
            problems.add("changeFrom", "grant.change.beforeFirst", GrantEndRules.printed(grant.firstMonth()));
        } else if (grant.lastMonth() != null && from.isAfter(grant.lastMonth())) {
            problems.add("changeFrom", "grant.change.afterLast", GrantEndRules.printed(grant.lastMonth()));
        } else if (grant.changeIn(from).isPresent()) {
            problems.add("changeFrom", "grant.change.already", GrantEndRules.printed(from));
        }
        return !problems.has("changeFrom");
    }
}
