package vn.ansinh.socialevils;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A commune's months of a year that were reported, in order, and the year's figures: the stocks of the latest month
 * reported, the flows summed over the months.
 */
public record SocialEvilsYear(long unitId, int year, List<SocialEvilsMonth> months) {

    public SocialEvilsCounts figures() {
        return SocialEvilsCounts.ofPeriod(months.stream().map(SocialEvilsMonth::counts).toList());
    }

    /** The month as reported, or none. */
    public Optional<SocialEvilsMonth> month(int month) {
        YearMonth wanted = YearMonth.of(year, month);
        return months.stream().filter(m -> m.month().equals(wanted)).findFirst();
    }

    /** The latest month reported, or none: the one the year's stocks are of. */
    public Optional<YearMonth> latest() {
        return months.isEmpty() ? Optional.empty() : Optional.of(months.get(months.size() - 1).month());
    }
}
