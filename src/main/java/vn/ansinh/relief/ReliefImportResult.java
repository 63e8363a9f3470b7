package vn.ansinh.relief;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import vn.ansinh.shared.VietnameseNumbers;

/**
 * What importing a list of an event's affected households did, or in a dry run would do: each household with the
 * relief it was given (ids 0 in a dry run); with any error, nothing was written and there are no lines.
 */
public record ReliefImportResult(String file, boolean dryRun, List<Line> lines, List<ReliefListProblem> errors,
        List<ReliefListProblem> notices) {

    public ReliefImportResult {
        lines = List.copyOf(lines);
        errors = List.copyOf(errors);
        notices = List.copyOf(notices);
    }

    /** A row of the list: the household it records and the relief given to it (null: none on that row). */
    public record Line(int row, AffectedHousehold household, ReliefGiven relief) {
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }

    public int households() {
        return lines.size();
    }

    public int relieved() {
        return (int) lines.stream().filter(l -> l.relief() != null).count();
    }

    public BigDecimal riceKg() {
        return sum(ReliefGiven::riceKg);
    }

    public BigDecimal money() {
        return sum(ReliefGiven::money);
    }

    private BigDecimal sum(Function<ReliefGiven, BigDecimal> amount) {
        return VietnameseNumbers.normalize(lines.stream().map(Line::relief).filter(Objects::nonNull).map(amount)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
