package vn.ansinh.allowances.internal;

import java.time.YearMonth;
import java.util.Optional;

import vn.ansinh.allowances.Grant;
import vn.ansinh.allowances.GrantEnding;
import vn.ansinh.shared.FieldProblems;

/**
 * Checks ending a grant: a grant of a commune the user writes not ended for a reason yet, a last month not before
 * its first, and a reason.
 */
public final class GrantEndRules {

    private final GrantRules months = new GrantRules();
    private final FieldProblems problems = new FieldProblems();

    public FieldProblems problems() {
        return problems;
    }

    /** The grant as ended, when all is right; grant: the one named, null when there is none the user writes. */
    public Optional<Grant> check(GrantEnding ending, Grant grant) {
        if (grant == null) {
            problems.add("grantId", ending.grantId() == null ? "catalogue.required" : "grant.unit.notYours");
        } else if (grant.endReason() != null) {
            problems.add("grantId", "grant.end.already", grant.fullName());
        }
        problems.required("endReason", ending.endReason());
        YearMonth last = months.month("endMonth", ending.endMonth()).orElse(null);
        problems.addAll(months.problems());
        if (grant != null && last != null && last.isBefore(grant.firstMonth())) {
            problems.add("endMonth", "grant.lastBeforeFirst", printed(grant.firstMonth()));
        }
        return problems.isEmpty() ? Optional.of(grant.endingIn(last, ending.endReason())) : Optional.empty();
    }

    /** The month as printed: 03/2025. */
    static String printed(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }
}
